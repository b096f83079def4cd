using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.CodeBuild;
using Amazon.CDK.Pipelines;

using Constructs;

using GitGoods.Analytics.Delivery;

using PipelineType = Amazon.CDK.AWS.CodePipeline.PipelineType;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// The delivery pipeline (CDK Pipelines, CodePipeline V2): Source → Build (every test, then synth) → UpdatePipeline (the
/// pipeline updates itself from the new assembly) → Assets → Test (the whole shop without a standby, then the smoke test) →
/// Production (edge, main and standby stacks, where CodeDeploy's canaries shift the functions' traffic). Each stage starts
/// only when the one before succeeded, so a failed test, smoke test or canary rollback stops the release (docs/pipeline.md).
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK Stack subclass: the suffix is the CDK convention.")]
public sealed class DeliveryPipelineStack : Stack
{
    public const string PipelineStackId = "GitGoodsPipeline";

    /// <summary>Fixed, because the delivery-metrics rule admits this pipeline's events only (<see cref="PipelineEventTypes.PipelineName"/>).</summary>
    public const string PipelineName = PipelineEventTypes.PipelineName;

    public const string TestStageId = "Test";
    public const string ProductionStageId = "Production";
    public const string ApprovalStepId = "PromoteToProduction";

    /// <summary>Explains why the app has no pipeline stack: printed by Program.cs when <see cref="Compose"/> returns null.</summary>
    public const string NoAccountNote =
        "Note: no " + PipelineStackId + " stack: the delivery pipeline needs its account (CDK context '" + DeliveryPipelineSettings.AccountContextKey
        + "', or AWS credentials for the CLI). See docs/pipeline.md.";

    /// <summary>The CDK CLI the pipeline's self-mutation and asset publishing install: the one scripts/synth.sh uses (decision 0014).</summary>
    public const string CdkCliVersion = "2.1149.0";

    /// <summary>Node.js for every CodeBuild project: the CLI and the smoke script need 20 or newer; the image defaults to 18.</summary>
    public const string NodeVersion = "20";

    /// <summary>cfn-lint's rule for pipeline action configurations (see <see cref="SkipCfnLintFalsePositive"/>).</summary>
    public const string CfnLintActionConfigurationRule = "E3703";

    /// <summary>Ubuntu 22.04 with Node.js, Java 17, Python and dotnet-install.sh; no Docker is needed (the bootstrap is a prebuilt file asset).</summary>
    public static readonly IBuildImage BuildImage = LinuxBuildImage.STANDARD_7_0;

    public DeliveryPipelineStack(Construct scope, string id, DeliveryPipelineSettings settings)
        : base(scope, id, new StackProps
        {
            Env = new Amazon.CDK.Environment { Account = settings?.Account, Region = settings?.Region },
            Description = "Git Goods delivery pipeline (CDK Pipelines): build and test, then the test stage with a smoke test, then production.",
        })
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        var source = settings.Source.ToCodePipelineSource(this);
        Pipeline = new CodePipeline(this, "Pipeline", new CodePipelineProps
        {
            PipelineName = PipelineName,
            PipelineType = PipelineType.V2,
            Synth = PipelineBuildStep.Create(source),
            CliVersion = CdkCliVersion,
            // A KMS key on the artifact bucket costs $1 a month and is needed only when a stage deploys to another account.
            CrossAccountKeys = settings.CrossAccount,
            // One asset action instead of one CodeBuild project per asset: fewer projects to synthesize and provision.
            PublishAssetsInParallel = false,
            CodeBuildDefaults = new CodeBuildOptions
            {
                BuildEnvironment = new BuildEnvironment { BuildImage = BuildImage },
                PartialBuildSpec = InstallRuntimes.Of(("nodejs", NodeVersion)),
            },
        });

        Test = new GitGoodsStage(this, TestStageId, settings.Test, shiftAtOnce: true);
        Pipeline.AddStage(Test, new AddStageOpts { Post = [SmokeTestStep.Create(this, Test, source)] });
        Production = new GitGoodsStage(this, ProductionStageId, settings.Production);
        Pipeline.AddStage(Production, new AddStageOpts
        {
            Pre = settings.ManualApproval
                ? [new ManualApprovalStep(ApprovalStepId, new ManualApprovalStepProps { Comment = "The test stage passed its smoke test. Release to production?" })]
                : [],
        });
        WarnIfSmokeTestCannotReachTheTestAccount(settings);
        Pipeline.BuildPipeline();
        SkipCfnLintFalsePositive((CfnResource)Pipeline.Pipeline.Node.DefaultChild!);
    }

    public DeliveryPipelineSettings Settings { get; }

    public CodePipeline Pipeline { get; }

    /// <summary>The test stage: the whole shop without a standby, in the test account and region.</summary>
    public GitGoodsStage Test { get; }

    /// <summary>The production stage: the same stacks as <c>cdk deploy</c> makes, standby included.</summary>
    public GitGoodsStage Production { get; }

    /// <summary>Adds the pipeline stack to <paramref name="app"/> beside the directly deployed stacks; null when no account is known.</summary>
    /// <param name="app">The CDK app.</param>
    /// <param name="target">Where the app's own stacks deploy: the pipeline's production stage deploys there too.</param>
    public static DeliveryPipelineStack? Compose(App app, DeploymentTarget target)
    {
        ArgumentNullException.ThrowIfNull(app);
        return DeliveryPipelineSettings.FromContext(app.Node, target) is { } settings ? new DeliveryPipelineStack(app, PipelineStackId, settings) : null;
    }

    /// <summary>
    /// cfn-lint 1.51's E3703 re-reports the informational "prefer Fn::Sub over Fn::Join" hint (I1022) on every deploy action's
    /// <c>Configuration.RoleArn</c> as an error; CDK Pipelines writes those ARNs with Fn::Join, which CloudFormation accepts.
    /// The rule is skipped on this one resource only; its other check (a template path names an input artifact) is asserted by
    /// the Delivery tests instead (decision 0025).
    /// </summary>
    private static void SkipCfnLintFalsePositive(CfnResource pipeline) =>
        pipeline.AddMetadata("cfn-lint", new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["config"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["ignore_checks"] = new[] { CfnLintActionConfigurationRule } },
        });

    private void WarnIfSmokeTestCannotReachTheTestAccount(DeliveryPipelineSettings settings)
    {
        if (!string.Equals(settings.Test.Account, settings.Account, StringComparison.Ordinal))
        {
            // Cognito's admin API has no resource policies: a role of the pipeline's account cannot create users in another account.
            Annotations.Of(this).AddWarningV2("gitgoods:smokeTestAccount",
                $"The test stage deploys to account {settings.Test.Account}, but the smoke step runs in {settings.Account}: its Cognito calls "
                + "will be denied until it assumes a role in the test account (docs/pipeline.md, 'A separate test account').");
        }
    }
}
