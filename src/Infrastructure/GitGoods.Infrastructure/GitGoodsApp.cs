using Amazon.CDK;

using Constructs;

using GitGoods.Infrastructure.Edge;

namespace GitGoods.Infrastructure;

/// <summary>
/// The Git Goods CDK app: the edge stack in us-east-1 (the site's WAF web ACL), the main stack in the shop's
/// region, whose CloudFront distribution takes the web ACL through a cross-region reference, and the warm standby's
/// stack in a second region (docs/runbooks/failover.md). With the
/// <see cref="WebAclContextKey"/> context key, an existing web ACL is attached instead and no edge stack is made.
/// </summary>
/// <param name="Edge">The edge stack; null when an existing web ACL is used.</param>
/// <param name="Main">The main stack.</param>
/// <param name="Standby">The warm standby's stack in <see cref="DeploymentTarget.StandbyRegion"/>; null without one.</param>
public sealed record GitGoodsApp(GitGoodsEdgeStack? Edge, GitGoodsStack Main, GitGoodsStack? Standby = null)
{
    public const string MainStackId = "GitGoods";
    public const string EdgeStackId = "GitGoodsEdge";
    public const string StandbyStackId = "GitGoodsStandby";

    /// <summary>CDK context: the ARN of an existing CloudFront-scope WAF web ACL (us-east-1) to use instead of the edge stack's.</summary>
    public const string WebAclContextKey = "webAclArn";

    /// <param name="app">The CDK app, or a pipeline stage (a <see cref="Stage"/>) that deploys the same stacks.</param>
    /// <param name="target">Where the stacks deploy.</param>
    public static GitGoodsApp Compose(Construct app, DeploymentTarget target)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(target);
        var existingWebAcl = CdkContext.String(app.Node, WebAclContextKey);
        var edge = existingWebAcl is null
            ? new GitGoodsEdgeStack(app, EdgeStackId, new StackProps
            {
                Env = target.Edge,
                CrossRegionReferences = true,
                Description = "Git Goods edge (us-east-1): the site's CloudFront-scope WAF web ACL and its logs.",
            })
            : null;
        var main = new GitGoodsStack(app, MainStackId, new StackProps
        {
            Env = target.Main,
            // The consumer side of the web ACL's ARN; CDK writes it to SSM in this region from the edge stack.
            CrossRegionReferences = true,
            Description = "Git Goods: serverless shop backend (API, functions, table, identity, web site).",
        }, new GitGoodsStackOptions { WebAclArn = existingWebAcl ?? edge!.WebAclArn, StandbyRegion = target.StandbyRegion });
        var standby = target.Standby is { } standbyEnvironment
            ? new GitGoodsStack(app, StandbyStackId, new StackProps
            {
                Env = standbyEnvironment,
                // Both directions: the replicas' names and the user pool come from the main stack through SSM in this region.
                CrossRegionReferences = true,
                Description = $"Git Goods warm standby ({target.StandbyRegion}): the API, functions and workflow on the tables' replicas.",
            }, new GitGoodsStackOptions { Primary = main })
            : null;
        return new GitGoodsApp(edge, main, standby);
    }
}
