using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// Formats verified JWT claims as API Gateway's JWT authorizer hands them to a function: every value a string.
/// Strings stay as they are, numbers become their decimal text (<c>1767225600</c>), booleans <c>true</c>/<c>false</c>,
/// arrays a bracketed, space-separated list (<c>[sellers admins]</c>) and objects Go's map notation
/// (<c>map[formatted:1 Main St]</c>), as API Gateway prints them.
/// </summary>
public static class ApiGatewayClaims
{
    public static IDictionary<string, string> Format(JsonObject claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var formatted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in claims)
        {
            if (value is not null)
            {
                formatted[name] = FormatValue(value);
            }
        }

        return formatted;
    }

    /// <summary>The access token's <c>scope</c> claim as a list; null for tokens without one (id tokens).</summary>
    public static IList<string>? Scopes(JsonObject claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims["scope"] is JsonValue value && value.TryGetValue<string>(out var scope)
            ? [.. scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)]
            : null;
    }

    private static string FormatValue(JsonNode value) => value switch
    {
        JsonArray array => "[" + string.Join(' ', array.Where(v => v is not null).Select(v => FormatValue(v!))) + "]",
        JsonObject map => "map[" + string.Join(' ', map.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + ":" + FormatValue(p.Value!))) + "]",
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => Number(scalar),
            _ => scalar.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };

    // Integers as written; a fractional NumericDate keeps its digits, never an exponent.
    private static string Number(JsonValue value) =>
        value.TryGetValue<long>(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.ToJsonString();
}
