using CdkEnvironment = Amazon.CDK.Environment;

namespace GitGoods.Infrastructure;

/// <summary>
/// Where the two stacks deploy. The main stack goes to the CLI's current region (<c>CDK_DEFAULT_REGION</c>), else
/// <see cref="DefaultRegion"/>; the edge stack always goes to <see cref="EdgeRegion"/>, the only region where a
/// CloudFront-scope web ACL (and a CloudFront certificate) can live. Both regions are concrete on purpose: cross-region
/// references need them. The account is the CLI's (<c>CDK_DEFAULT_ACCOUNT</c>) when it gives one, else left to
/// CloudFormation, so <c>cdk synth</c> works without an AWS account.
/// </summary>
/// <param name="Account">The AWS account id, or null for "the account you deploy with".</param>
/// <param name="Region">The main stack's region.</param>
/// <param name="StandbyRegion">The warm standby's region (a table replica and a second copy of the stack), or null for none.</param>
public sealed record DeploymentTarget(string? Account, string Region, string? StandbyRegion = null)
{
    /// <summary>The shop's home region when the CLI names none (the shop sells in Singapore dollars).</summary>
    public const string DefaultRegion = "ap-southeast-1";

    /// <summary>CloudFront's control region: web ACLs of scope CLOUDFRONT and viewer certificates live here.</summary>
    public const string EdgeRegion = "us-east-1";

    /// <summary>The CLI's account and region (both optional).</summary>
    public static DeploymentTarget FromCdkEnvironment()
    {
        var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
        var region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION");
        return new DeploymentTarget(
            string.IsNullOrEmpty(account) ? null : account,
            string.IsNullOrEmpty(region) ? DefaultRegion : region);
    }

    /// <summary>The CLI's account and region, with the standby region from the CDK context (<see cref="GitGoods.Infrastructure.Standby.StandbySettings"/>).</summary>
    public static DeploymentTarget FromCdkEnvironment(Constructs.Node context)
    {
        var target = FromCdkEnvironment();
        return target with { StandbyRegion = GitGoods.Infrastructure.Standby.StandbySettings.FromContext(context, target.Region).Region };
    }

    /// <summary>The main stack's environment.</summary>
    public CdkEnvironment Main => new() { Account = Account, Region = Region };

    /// <summary>The standby stack's environment, or null without a standby region.</summary>
    public CdkEnvironment? Standby => StandbyRegion is null ? null : new() { Account = Account, Region = StandbyRegion };

    /// <summary>The edge stack's environment: the same account, in <see cref="EdgeRegion"/>.</summary>
    public CdkEnvironment Edge => new() { Account = Account, Region = EdgeRegion };
}
