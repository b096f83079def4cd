using GitGoods.Hosting.Http;
using GitGoods.LocalStack.Identity.Tokens;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalStack.Gateway;

/// <summary>
/// API Gateway's JWT authorizer for the local user pool. It only authenticates: the token in
/// <c>Authorization</c> (with or without <c>Bearer </c>, as API Gateway accepts both) must pass
/// <see cref="TokenValidator"/>. Groups are the function's business (its AccessGuard answers 403).
/// </summary>
public sealed class JwtAuthorizer(TokenValidator validator)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The authorizer context for the function, or null when the request must be refused with 401.</summary>
    public ApiGatewayAuthorizer? Authorize(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString().Trim();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : header;
        if (validator.Validate(token) is not { } claims)
        {
            return null;
        }

        return new ApiGatewayAuthorizer
        {
            Jwt = new ApiGatewayJwt { Claims = ApiGatewayClaims.Format(claims), Scopes = ApiGatewayClaims.Scopes(claims) },
        };
    }
}
