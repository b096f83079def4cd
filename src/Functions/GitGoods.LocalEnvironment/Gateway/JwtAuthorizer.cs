using GitGoods.Hosting.Http;
using GitGoods.LocalEnvironment.Identity.Tokens;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// API Gateway's JWT authorizer for the local user pool. It only authenticates: the token in
/// <c>Authorization</c> (with or without <c>Bearer </c>, as API Gateway accepts both) must pass
/// <see cref="TokenValidator"/>. Groups are the function's business (its AccessGuard answers 403).
/// </summary>
public sealed class JwtAuthorizer(TokenValidator validator)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// The authorizer context for the function, or the <c>www-authenticate</c> value of a 401 (empty when no token
    /// was sent: no challenge detail is invented for that case).
    /// </summary>
    public AuthorizerResult Authorize(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString().Trim();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : header;
        if (token.Length == 0)
        {
            return new AuthorizerResult(null, "");
        }

        var check = validator.Check(token);
        if (check.Claims is not { } claims)
        {
            return new AuthorizerResult(null, $"Bearer scope=\"\" error=\"invalid_token\" error_description=\"{check.Failure}\"");
        }

        var authorizer = new ApiGatewayAuthorizer
        {
            Jwt = new ApiGatewayJwt { Claims = ApiGatewayClaims.Format(claims), Scopes = ApiGatewayClaims.Scopes(claims) },
        };
        return new AuthorizerResult(authorizer, null);
    }
}

/// <summary>What the authorizer decided: the context for the function, or the challenge of a 401.</summary>
public sealed record AuthorizerResult(ApiGatewayAuthorizer? Context, string? Challenge);
