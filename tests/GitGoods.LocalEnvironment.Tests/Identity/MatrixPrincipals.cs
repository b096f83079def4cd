using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// The Authorization header of each principal of the matrix against one stack: real sign-ins for the users (a
/// second seller is signed up for the test), and tokens minted to fail one check each.
/// </summary>
public sealed class MatrixPrincipals
{
    private readonly Dictionary<Principal, string?> _headers;

    private MatrixPrincipals(Dictionary<Principal, string?> headers) => _headers = headers;

    public string? AuthorizationFor(Principal who) => _headers[who];

    public static async Task<MatrixPrincipals> CreateAsync(LocalEnvironmentHost stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var another = $"another-seller-{Guid.NewGuid():N}@example.test";
        await stack.Identity.SignUpAsync(another, DemoUsers.Password, "Another Seller");
        await stack.Identity.AddToGroupAsync(another, GitGoods.Identity.Groups.Sellers);

        var key = stack.Services.GetRequiredService<SigningKey>();
        var issuer = stack.Services.GetRequiredService<StackAddress>().Issuer;
        var now = DateTimeOffset.UtcNow;
        using var foreign = SigningKey.CreateEphemeral();
        return new MatrixPrincipals(new Dictionary<Principal, string?>
        {
            [Principal.Anonymous] = null,
            [Principal.Shopper] = await BearerAsync(stack, "shopper@gitgoods.local"),
            [Principal.Seller] = await BearerAsync(stack, "seller@gitgoods.local"),
            [Principal.AnotherSeller] = await BearerAsync(stack, another),
            [Principal.Admin] = await BearerAsync(stack, "admin@gitgoods.local"),
            [Principal.ExpiredToken] = "Bearer " + Jwt.Encode(Claims(issuer, now.AddHours(-2), UserPool.ClientId), key),
            [Principal.ForeignKeyToken] = "Bearer " + Jwt.Encode(Claims(issuer, now, UserPool.ClientId), foreign),
            [Principal.OtherClientToken] = "Bearer " + Jwt.Encode(Claims(issuer, now, "someotherclient0000000000a"), key),
        });
    }

    private static async Task<string> BearerAsync(LocalEnvironmentHost stack, string email) =>
        "Bearer " + (await stack.Identity.SignInAsync(email)).IdToken;

    // An admin's id token in every respect but the one the principal bends.
    private static JsonObject Claims(string issuer, DateTimeOffset issuedAt, string audience) => new()
    {
        ["sub"] = DemoUsers.AdminSub,
        ["iss"] = issuer,
        ["aud"] = audience,
        ["token_use"] = "id",
        ["cognito:groups"] = new JsonArray("admins", "sellers"),
        ["auth_time"] = issuedAt.ToUnixTimeSeconds(),
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = issuedAt.AddHours(1).ToUnixTimeSeconds(),
    };
}
