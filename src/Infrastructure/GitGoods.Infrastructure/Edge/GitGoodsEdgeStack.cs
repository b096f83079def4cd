using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;

using Constructs;

namespace GitGoods.Infrastructure.Edge;

/// <summary>
/// The edge stack, in us-east-1: the CloudFront-scope WAF web ACL of the site and its logs. The main stack's
/// distribution takes the web ACL's ARN through a cross-region reference (<see cref="WebAclArn"/>), so this stack is
/// deployed first and removed last.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK Stack subclass: the suffix is the CDK convention.")]
public sealed class GitGoodsEdgeStack : Stack
{
    public GitGoodsEdgeStack(Construct scope, string id, IStackProps props)
        : base(scope, id, props)
    {
        if (!Token.IsUnresolved(Region) && !string.Equals(Region, DeploymentTarget.EdgeRegion, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The edge stack must be in {DeploymentTarget.EdgeRegion} (CloudFront-scope web ACLs live only there), not {Region}.", nameof(props));
        }

        Site = new SiteWebAcl(this, "SiteWebAcl");
        Logging = new WebAclLogging(this, "SiteWebAclLogs", Site.WebAcl);
        _ = new CfnOutput(this, "WebAclArn", new CfnOutputProps
        {
            Value = Site.Arn,
            Description = "ARN of the site's WAF web ACL (scope CLOUDFRONT).",
        });
    }

    public SiteWebAcl Site { get; }

    public WebAclLogging Logging { get; }

    /// <summary>The web ACL's ARN; used by a stack in another region, it becomes a cross-region reference.</summary>
    public string WebAclArn => Site.Arn;
}
