namespace GitGoods.LocalStack.Site;

/// <summary>
/// The SPA's runtime configuration. In AWS the deployment writes the same file. Identity arrives in a later issue:
/// until then the pool and client ids are placeholders and <c>cognitoEndpoint</c> names where the local provider will live.
/// </summary>
public sealed record SpaConfig(string ApiBaseUrl, string Region, string UserPoolId, string UserPoolClientId, string CognitoEndpoint)
{
    public const string PlaceholderUserPoolId = "local_pool";
    public const string PlaceholderClientId = "local-client";

    public static SpaConfig For(string stackUrl, string region) =>
        new(stackUrl, region, PlaceholderUserPoolId, PlaceholderClientId, stackUrl + "/cognito");
}
