using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GitGoods.Functions.Tests.Contract;

/// <summary>
/// docs/openapi.json, read once, and its component schemas turned into strict JSON Schemas (2020-12, the dialect of
/// OpenAPI 3.1) so tests can validate the bodies the functions really write against the published contract.
/// </summary>
internal static class OpenApiContract
{
    private const string ComponentRef = "#/components/schemas/";

    private static readonly ConcurrentDictionary<string, JsonSchema> StrictSchemas = new(StringComparer.Ordinal);

    public static JsonNode Document { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "openapi.json")))!;

    public static JsonObject Schema(string name) => Document["components"]!["schemas"]![name]!.AsObject();

    public static IEnumerable<string> SchemaFields(string schema) => Schema(schema)["properties"]!.AsObject().Select(p => p.Key);

    public static IEnumerable<string> RequiredFields(string schema) =>
        Schema(schema)["required"]!.AsArray().Select(n => n!.GetValue<string>());

    public static IEnumerable<string> FieldsOf(JsonNode? json) => json!.AsObject().Select(p => p.Key);

    /// <summary>
    /// Why <paramref name="json"/> does not match component <paramref name="schema"/>, made strict: every object schema
    /// that names its properties refuses any other, and formats (date-time) are checked. Empty when it matches.
    /// </summary>
    public static IReadOnlyList<string> Violations(string schema, string json)
    {
        using var instance = JsonDocument.Parse(json);
        var results = StrictSchemas.GetOrAdd(schema, Build).Evaluate(instance.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var details = results.Details ?? [];
        return [.. details.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
    }

    private static JsonSchema Build(string name)
    {
        var definitions = Document["components"]!["schemas"]!.DeepClone();
        MakeStrict(definitions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://contract.gitgoods.test/schemas/" + name,
            ["$ref"] = "#/$defs/" + name,
            ["$defs"] = definitions,
        };
        return JsonSchema.FromText(root.ToJsonString());
    }

    /// <summary>Points component references at <c>$defs</c> and closes every object schema that names its properties.</summary>
    private static void MakeStrict(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith(ComponentRef, StringComparison.Ordinal))
                {
                    schema["$ref"] = "#/$defs/" + reference.GetValue<string>()[ComponentRef.Length..];
                }

                if (schema.ContainsKey("properties") && !schema.ContainsKey("additionalProperties"))
                {
                    schema["additionalProperties"] = false;
                }

                foreach (var child in schema.Select(p => p.Value).ToList())
                {
                    MakeStrict(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    MakeStrict(child);
                }

                break;
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GitGoods.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GitGoods.sln not found above " + AppContext.BaseDirectory);
    }
}
