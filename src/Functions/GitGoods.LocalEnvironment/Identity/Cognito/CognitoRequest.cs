using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>Reads the fields of a Cognito JSON 1.1 request, answering Cognito's errors for missing or wrong ones.</summary>
public sealed class CognitoRequest(JsonObject body)
{
    public JsonObject Body { get; } = body;

    /// <exception cref="CognitoException">InvalidParameterException when the field is missing or not a string.</exception>
    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value
            ? value
            : throw CognitoException.InvalidParameter($"1 validation error detected: Value at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    public string? Optional(string name) =>
        Body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A string map such as <c>AuthParameters</c>; empty when absent.</summary>
    public IReadOnlyDictionary<string, string> Map(string name) =>
        Body[name] is JsonObject map
            ? map.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _))
                .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A <c>[{"Name","Value"}]</c> attribute list such as <c>UserAttributes</c>; empty when absent.</summary>
    /// <exception cref="CognitoException">InvalidParameterException when an entry is malformed or repeated.</exception>
    public IReadOnlyDictionary<string, string> Attributes(string name)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Body[name] is not JsonArray list)
        {
            return attributes;
        }

        foreach (var entry in list)
        {
            var attribute = entry as JsonObject;
            var key = attribute?["Name"] is JsonValue n && n.TryGetValue<string>(out var k) ? k : null;
            var value = attribute?["Value"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
            if (key is null || value is null || !attributes.TryAdd(key, value))
            {
                throw CognitoException.InvalidParameter("Each user attribute needs one Name and a Value.");
            }
        }

        return attributes;
    }

    /// <exception cref="CognitoException">ResourceNotFoundException for another app client, as Cognito.</exception>
    public void RequireClient()
    {
        var client = Required("ClientId");
        if (!string.Equals(client, UserPool.ClientId, StringComparison.Ordinal))
        {
            throw new CognitoException("ResourceNotFoundException", $"User pool client {client} does not exist.");
        }
    }

    /// <exception cref="CognitoException">ResourceNotFoundException for another user pool, as Cognito.</exception>
    public void RequirePool()
    {
        var pool = Required("UserPoolId");
        if (!string.Equals(pool, UserPool.Id, StringComparison.Ordinal))
        {
            throw new CognitoException("ResourceNotFoundException", $"User pool {pool} does not exist.");
        }
    }
}
