using System.Text.RegularExpressions;

using Constructs;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// The delivery pipeline's settings from the CDK context (docs/pipeline.md lists the keys):
/// <list type="bullet">
/// <item><c>pipelineAccount</c>: the pipeline's account, else the CLI's (<c>CDK_DEFAULT_ACCOUNT</c>). Without either there is no
/// pipeline: CodePipeline's cross-region support (the edge stack lives in us-east-1) needs a concrete account;</item>
/// <item>the source (<see cref="PipelineSource"/>);</item>
/// <item><c>testAccount</c> and <c>testRegion</c>: the test stage's environment, default the pipeline's; the test stage has no standby;</item>
/// <item><c>pipelineApproval</c>: a manual approval before production (default off: it stops the clock on the 30-minute target).</item>
/// </list>
/// The pipeline itself lives in the production region, beside the shop, so its own stacks and the production stage share a region.
/// </summary>
/// <param name="Account">The pipeline's account.</param>
/// <param name="Region">The pipeline's region: the production target's main region.</param>
/// <param name="Source">Where the code comes from.</param>
/// <param name="Test">The test stage's target (never a standby).</param>
/// <param name="Production">The production stage's target: the app's target with a concrete account.</param>
/// <param name="ManualApproval">Whether a person approves each release before production.</param>
public sealed partial record DeliveryPipelineSettings(
    string Account, string Region, PipelineSource Source, DeploymentTarget Test, DeploymentTarget Production, bool ManualApproval)
{
    public const string AccountContextKey = "pipelineAccount";
    public const string TestAccountContextKey = "testAccount";
    public const string TestRegionContextKey = "testRegion";
    public const string ApprovalContextKey = "pipelineApproval";

    /// <summary>True when a stage deploys to another account than the pipeline's: its artifacts then need a KMS key (crossAccountKeys).</summary>
    public bool CrossAccount =>
        !string.Equals(Test.Account, Account, StringComparison.Ordinal) || !string.Equals(Production.Account, Account, StringComparison.Ordinal);

    /// <summary>The settings for an app whose stacks deploy to <paramref name="target"/>; null when no account is known.</summary>
    /// <exception cref="ArgumentException">A malformed account or region, or a half-given source (see <see cref="PipelineSource"/>).</exception>
    public static DeliveryPipelineSettings? FromContext(Node node, DeploymentTarget target)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(target);
        var account = CdkContext.String(node, AccountContextKey) is { } fromContext ? AccountId(fromContext, AccountContextKey) : target.Account;
        if (account is null)
        {
            return null;
        }

        var testAccount = CdkContext.String(node, TestAccountContextKey) is { } test ? AccountId(test, TestAccountContextKey) : account;
        var testRegion = CdkContext.String(node, TestRegionContextKey) is { } region ? RegionName(region, TestRegionContextKey) : target.Region;
        return new DeliveryPipelineSettings(
            account,
            target.Region,
            PipelineSource.FromContext(node),
            target with { Account = testAccount, Region = testRegion, StandbyRegion = null },
            target with { Account = target.Account ?? account },
            CdkContext.Flag(node, ApprovalContextKey));
    }

    private static string AccountId(string value, string key) =>
        AccountIdPattern().IsMatch(value) ? value : throw new ArgumentException($"CDK context '{key}' is '{value}', not a 12-digit AWS account id.", nameof(value));

    private static string RegionName(string value, string key) =>
        RegionPattern().IsMatch(value) ? value : throw new ArgumentException($"CDK context '{key}' is '{value}', not an AWS region such as ap-southeast-1.", nameof(value));

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex RegionPattern();
}
