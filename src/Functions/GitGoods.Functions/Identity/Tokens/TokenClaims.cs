using System.Text.Json;

namespace GitGoods.Identity.Tokens;

/// <summary>Claims as API Gateway's JWT authorizer hands them to a function: strings as they are, arrays as <c>[a b]</c>.</summary>
public static class TokenClaims
{
    public static IDictionary<string, string> Format(JsonElement claims)
    {
        var formatted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in claims.EnumerateObject())
        {
            formatted[claim.Name] = FormatValue(claim.Value);
        }

        return formatted;
    }

    private static string FormatValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => "[" + string.Join(' ', value.EnumerateArray().Select(FormatValue)) + "]",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
