using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>The order state machine as synthesized: its definition text and its DefinitionSubstitutions.</summary>
internal sealed record SynthesizedStateMachine(string LogicalId, JsonElement Properties)
{
    public const string Type = "AWS::StepFunctions::StateMachine";

    public static SynthesizedStateMachine From(SynthesizedGitGoods stack)
    {
        var machine = stack.Resources(Type).Should().ContainSingle().Subject;
        return new SynthesizedStateMachine(machine.Key, machine.Value.GetProperty("Properties"));
    }

    /// <summary>
    /// The DefinitionString as text. From a string body it is a plain string; should CDK ever emit an Fn::Join (tokens in
    /// the body), the literal parts are joined and any token becomes <c>${Token}</c>, which no assertion accepts.
    /// </summary>
    public string DefinitionText
    {
        get
        {
            var definition = Properties.GetProperty("DefinitionString");
            if (definition.ValueKind == JsonValueKind.String)
            {
                return definition.GetString()!;
            }

            var parts = definition.GetProperty("Fn::Join")[1].EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : "${Token}");
            return string.Concat(parts);
        }
    }

    public JsonObject Definition => JsonNode.Parse(DefinitionText)!.AsObject();

    /// <summary>DefinitionSubstitutions as raw JSON values by key.</summary>
    public IReadOnlyDictionary<string, JsonElement> Substitutions =>
        Properties.GetProperty("DefinitionSubstitutions").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// The logical id a substitution names, by <c>Ref</c> (an alias's ARN) or <c>Fn::GetAtt [id, "Arn"]</c> (a function's),
    /// or null for a literal.
    /// </summary>
    public string? SubstitutedLogicalId(string key) =>
        Substitutions.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.TryGetProperty("Ref", out var reference) ? reference.GetString()
            : value.TryGetProperty("Fn::GetAtt", out var getAtt) && getAtt[1].GetString() == "Arn" ? getAtt[0].GetString()
            : null
            : null;
}
