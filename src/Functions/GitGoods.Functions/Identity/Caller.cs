using GitGoods.Hosting.Http;

namespace GitGoods.Identity;

/// <summary>
/// The signed-in user behind a request, read from the claims API Gateway's JWT authorizer verified.
/// Handlers ask this for the caller's id and groups; they never parse tokens themselves.
/// </summary>
public sealed record Caller(string UserId, string? Email, string? Name, IReadOnlySet<string> Groups)
{
    public bool IsAdmin => Groups.Contains(Identity.Groups.Admins);

    public bool IsSeller => Groups.Contains(Identity.Groups.Sellers);

    public bool IsIn(string group) => Groups.Contains(group);

    /// <summary>The caller, or null when the request carries no verified claims (an anonymous request).</summary>
    public static Caller? From(ApiGatewayHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claims = request.RequestContext.Authorizer?.Jwt?.Claims;
        if (claims is null || !claims.TryGetValue("sub", out var sub) || string.IsNullOrWhiteSpace(sub))
        {
            return null;
        }

        return new Caller(sub, Claim(claims, "email"), Claim(claims, "name"),
            ParseGroups(Claim(claims, "cognito:groups")));
    }

    /// <summary>
    /// API Gateway hands a list claim over as one string: <c>[sellers admins]</c>. A token minted elsewhere may
    /// carry a JSON array (<c>["sellers","admins"]</c>) or a comma list; all three read the same.
    /// </summary>
    public static IReadOnlySet<string> ParseGroups(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var names = value.Trim().TrimStart('[').TrimEnd(']')
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.Trim('"'))
            .Where(name => name.Length > 0);
        return new HashSet<string>(names, StringComparer.Ordinal);
    }

    private static string? Claim(IDictionary<string, string> claims, string name) =>
        claims.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
