using GitGoods.Identity;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>
/// The SPA's runtime configuration. In AWS the deployment writes the same file; locally it names the local user
/// pool (<see cref="UserPool"/>) and its Cognito-compatible endpoint, <c>&lt;stack&gt;/cognito</c>, and carries the
/// user pool's password policy (<see cref="PasswordPolicyConfig"/>), the same in every environment.
/// </summary>
public sealed record SpaConfig(
    string ApiBaseUrl, string Region, string UserPoolId, string UserPoolClientId, string CognitoEndpoint, PasswordPolicyConfig PasswordPolicy)
{
    public static SpaConfig For(string stackUrl, string region) =>
        new(stackUrl, region, UserPool.Id, UserPool.ClientId, stackUrl + "/cognito", PasswordPolicyConfig.Shop);
}
