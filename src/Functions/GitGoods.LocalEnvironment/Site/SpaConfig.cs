using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Identity;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>
/// The SPA's runtime configuration. In AWS the deployment writes the same file; locally it names the local user
/// pool (<see cref="UserPool"/>) and its Cognito-compatible endpoint, <c>&lt;stack&gt;/cognito</c>, and carries the
/// user pool's password policy (<see cref="PasswordPolicyConfig"/>), the same in every environment, and the managed
/// platforms the seller's form offers (<c>platforms</c>, the list the product functions check; decision 0033).
/// </summary>
public sealed record SpaConfig(
    string ApiBaseUrl, string Region, string UserPoolId, string UserPoolClientId, string CognitoEndpoint, PasswordPolicyConfig PasswordPolicy,
    IReadOnlyList<string> Platforms)
{
    public static SpaConfig For(string stackUrl, string region, ManagedPlatforms platforms) =>
        new(stackUrl, region, UserPool.Id, UserPool.ClientId, stackUrl + "/cognito", PasswordPolicyConfig.Shop,
            (platforms ?? throw new ArgumentNullException(nameof(platforms))).Names);
}
