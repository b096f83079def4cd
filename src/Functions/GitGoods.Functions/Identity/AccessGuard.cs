using GitGoods.Manifest;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Identity;

/// <summary>
/// Enforces a route's <see cref="RouteAccess"/> in the function itself, in front of every handler the catalogue
/// builds. API Gateway's JWT authorizer proves who the caller is; groups are checked here, so no handler can
/// forget to. A missing identity on a guarded route (a mis-wired authorizer) is refused, never let through.
/// </summary>
public sealed class AccessGuard(RouteAccess access, IHttpHandler inner, ITokenVerifier? verifier = null) : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (access == RouteAccess.Public)
        {
            return inner.HandleAsync(request, context, cancellationToken);
        }

        if (access == RouteAccess.OptionalIdentity)
        {
            return OptionalIdentityAsync(request, context, cancellationToken);
        }

        var caller = Caller.From(request);
        if (caller is null)
        {
            return Task.FromResult(HttpResults.Problem(request, 401, "Unauthorized", "Sign in to use this endpoint."));
        }

        var allowed = access switch
        {
            RouteAccess.SignedIn => true,
            RouteAccess.Sellers => caller.IsSeller || caller.IsAdmin,
            RouteAccess.Admins => caller.IsAdmin,
            _ => false,
        };
        return allowed
            ? inner.HandleAsync(request, context, cancellationToken)
            : Task.FromResult(HttpResults.Problem(request, 403, "Forbidden", $"This endpoint is for {Audience(access)} only."));
    }

    /// <summary>
    /// No authorizer ran: claims in the request cannot be trusted, so they are replaced by those of the token, if
    /// one is sent and verifies. A token that is sent and does not verify is refused, never ignored.
    /// </summary>
    private async Task<ApiGatewayHttpResponse> OptionalIdentityAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        request.RequestContext.Authorizer = null;
        var authorization = request.Header("authorization");
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return await inner.HandleAsync(request, context, cancellationToken).ConfigureAwait(false);
        }

        var verifying = verifier ?? throw new InvalidOperationException("An OptionalIdentity route needs an ITokenVerifier.");
        const string Scheme = "Bearer ";
        var claims = IsPlausibleAuthorization(authorization) && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? await verifying.VerifyAsync(authorization[Scheme.Length..].Trim(), cancellationToken).ConfigureAwait(false)
            : null;
        if (claims is null)
        {
            return HttpResults.Problem(request, 401, "Unauthorized", "The token sent is not valid; send a valid token or none.");
        }

        request.RequestContext.Authorizer = new ApiGatewayAuthorizer { Jwt = new ApiGatewayJwt { Claims = claims } };
        return await inner.HandleAsync(request, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An <c>Authorization</c> value worth verifying: at most <see cref="MaxAuthorizationLength"/> visible ASCII characters
    /// and spaces (a Cognito token is about 1 KB); anything else is refused unread.
    /// </summary>
    public static bool IsPlausibleAuthorization(string value) =>
        value.Length <= MaxAuthorizationLength && value.All(c => c is >= ' ' and <= '~');

    /// <summary>The longest <c>Authorization</c> header verified; API Gateway's own header limit is 10 KB.</summary>
    public const int MaxAuthorizationLength = 8192;

    private static string Audience(RouteAccess access) => access == RouteAccess.Admins ? "admins" : "sellers and admins";
}
