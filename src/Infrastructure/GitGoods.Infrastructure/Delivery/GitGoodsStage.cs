using Amazon.CDK;

using Constructs;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// One deployment of the whole shop inside the pipeline: the very stacks <c>cdk deploy</c> makes (<see cref="GitGoodsApp.Compose"/>),
/// so what the pipeline tests is what it ships. The stacks are named after the stage (<c>Test-GitGoods</c>,
/// <c>Production-GitGoods</c>), so a test stage in the production account and region does not collide with production's stacks.
/// </summary>
public sealed class GitGoodsStage : Stage
{
    /// <summary>The main stack's outputs the smoke test reads (names from <c>GitGoodsOutputs</c>).</summary>
    public const string WebUrlOutputId = "WebUrl";
    public const string UserPoolIdOutputId = "UserPoolId";
    public const string UserPoolClientIdOutputId = "UserPoolClientId";

    /// <param name="shiftAtOnce">
    /// Shift the functions' aliases at once instead of a 5-minute canary: for the test stage, whose gate is the smoke test (pipeline.md).
    /// </param>
    public GitGoodsStage(Construct scope, string id, DeploymentTarget target, bool shiftAtOnce = false)
        : base(scope, id, new StageProps { Env = target?.Main })
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        if (shiftAtOnce)
        {
            Node.SetContext(Functions.FunctionDeployments.TrafficShiftContextKey, Functions.FunctionDeployments.AllAtOnceShift);
        }

        App = GitGoodsApp.Compose(this, target);
        WebUrl = Output(App.Main, WebUrlOutputId);
        UserPoolId = Output(App.Main, UserPoolIdOutputId);
        UserPoolClientId = Output(App.Main, UserPoolClientIdOutputId);
    }

    public DeploymentTarget Target { get; }

    /// <summary>The stage's stacks.</summary>
    public GitGoodsApp App { get; }

    /// <summary>The shop's URL (CloudFront): the SPA, with the API under <c>/api</c>.</summary>
    public CfnOutput WebUrl { get; }

    public CfnOutput UserPoolId { get; }

    /// <summary>The SPA's app client, which allows <c>USER_PASSWORD_AUTH</c>: the smoke test signs in with it.</summary>
    public CfnOutput UserPoolClientId { get; }

    /// <summary>
    /// An output of the main stack, found by its construct id. Looking it up here keeps the pipeline from adding members to
    /// <see cref="GitGoodsStack"/> for its own needs; a renamed output fails synthesis with this message.
    /// </summary>
    private static CfnOutput Output(GitGoodsStack stack, string id) =>
        stack.Node.TryFindChild(id) as CfnOutput
        ?? throw new InvalidOperationException($"{stack.Node.Path} has no CfnOutput '{id}', which the pipeline's smoke test reads (see GitGoodsOutputs).");
}
