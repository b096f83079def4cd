using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Who calls a route in the authorization matrix.</summary>
public enum Principal
{
    Anonymous,
    Shopper,
    Seller,
    AnotherSeller,
    Admin,
    ExpiredToken,
    ForeignKeyToken,
    OtherClientToken,
}

/// <summary>
/// What the matrix expects: let through to the function, API Gateway's 401, the function's own 401 (a route
/// that checks an optional token itself, answering with problem details), or the function's 403.
/// </summary>
public enum Outcome
{
    Allowed,
    Unauthorized,
    Forbidden,
    UnauthorizedByFunction,
}

/// <summary>
/// The expected outcome of every route for every principal, derived from the route's <see cref="RouteAccess"/>,
/// and the sample values that fill path parameters. A new <see cref="RouteAccess"/> or a new path parameter
/// fails the matrix until it is described here.
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>A value for each path parameter name used by the catalogue's routes.</summary>
    public static IReadOnlyDictionary<string, string> SampleValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "starfall-vanguard-ps5",
        ["productId"] = "starfall-vanguard-ps5",
        ["saleId"] = "matrix-sale",
    };

    /// <exception cref="InvalidOperationException">When the matrix does not know <paramref name="access"/>.</exception>
    public static Outcome Expected(RouteAccess access, Principal who)
    {
        var badToken = who is Principal.Anonymous or Principal.ExpiredToken or Principal.ForeignKeyToken or Principal.OtherClientToken;
        return access switch
        {
            RouteAccess.Public => Outcome.Allowed,
            RouteAccess.SignedIn => badToken ? Outcome.Unauthorized : Outcome.Allowed,
            RouteAccess.Sellers => badToken ? Outcome.Unauthorized : who == Principal.Shopper ? Outcome.Forbidden : Outcome.Allowed,
            RouteAccess.Admins => badToken ? Outcome.Unauthorized : who == Principal.Admin ? Outcome.Allowed : Outcome.Forbidden,
            // No token is fine; a token sent must be valid, and the function (not API Gateway) refuses it.
            RouteAccess.OptionalIdentity => who == Principal.Anonymous ? Outcome.Allowed
                : badToken ? Outcome.UnauthorizedByFunction : Outcome.Allowed,
            _ => throw new InvalidOperationException(
                $"The authorization matrix does not know RouteAccess.{access}: add its expected outcome for every principal to AuthorizationMatrix.Expected."),
        };
    }

    /// <summary>The route's path with every parameter filled from <see cref="SampleValues"/>.</summary>
    /// <exception cref="InvalidOperationException">When a parameter has no sample value.</exception>
    public static string PathFor(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var segments = template.Split('/').Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }

            var name = segment.Trim('{', '}').TrimEnd('+');
            return SampleValues.TryGetValue(name, out var value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException(
                    $"The route {template} has the path parameter {{{name}}} with no sample value: add one to AuthorizationMatrix.SampleValues.");
        });
        return string.Join('/', segments);
    }

    /// <summary>One test case per HTTP route of the catalogue and principal.</summary>
    public static TheoryData<string, Principal> Cases()
    {
        var cases = new TheoryData<string, Principal>();
        foreach (var route in FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>())
        {
            foreach (var who in Enum.GetValues<Principal>())
            {
                cases.Add(route.RouteKey, who);
            }
        }

        return cases;
    }
}
