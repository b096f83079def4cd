using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Identity.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Identity;

/// <summary>The local user pool's HTTP surface: the Cognito API, its JWKS and its OpenID discovery document.</summary>
public static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder endpoints)
    {
        RequestDelegate cognito = context => context.RequestServices.GetRequiredService<CognitoEndpoint>().HandleAsync(context);
        // Routing ignores a trailing slash: this serves both /cognito and /cognito/ (the SDKs post to the latter).
        endpoints.MapPost("/cognito", cognito);
        endpoints.MapGet("/cognito/{poolId}/.well-known/jwks.json", (string poolId, SigningKey key) =>
            IsPool(poolId) ? Results.Text(new JsonObject { ["keys"] = new JsonArray(key.ToJwk()) }.ToJsonString(), "application/json") : Results.NotFound());
        endpoints.MapGet("/cognito/{poolId}/.well-known/openid-configuration", (string poolId, StackAddress address) =>
            IsPool(poolId) ? Results.Text(Discovery(address.Issuer).ToJsonString(), "application/json") : Results.NotFound());
        return endpoints;
    }

    private static bool IsPool(string poolId) => string.Equals(poolId, UserPool.Id, StringComparison.Ordinal);

    private static JsonObject Discovery(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = issuer + "/.well-known/jwks.json",
        ["response_types_supported"] = new JsonArray("code", "token"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["scopes_supported"] = new JsonArray("openid", "email", "phone", "profile"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
        ["claims_supported"] = new JsonArray("sub", "email", "email_verified", "name", "phone_number", "address", "cognito:groups"),
    };
}
