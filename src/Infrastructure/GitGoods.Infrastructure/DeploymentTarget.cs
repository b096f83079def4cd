using CdkEnvironment = Amazon.CDK.Environment;

namespace GitGoods.Infrastructure;

/// <summary>Where the stack deploys: the CLI's current account and region when it gives them, else environment-agnostic.</summary>
public static class DeploymentTarget
{
    public static CdkEnvironment? FromCdkEnvironment()
    {
        var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
        var region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION");
        if (string.IsNullOrEmpty(account) && string.IsNullOrEmpty(region))
        {
            return null;
        }

        return new CdkEnvironment
        {
            Account = string.IsNullOrEmpty(account) ? null : account,
            Region = string.IsNullOrEmpty(region) ? null : region,
        };
    }
}
