using System.Text.Json;

using Amazon.CDK;

using GitGoods.Analytics.Delivery;
using GitGoods.Infrastructure.Delivery;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// The pipeline without context beyond its account: its name (which the delivery-metrics rule filters on), its stages in
/// order, the build that runs the README's test command, the test stage with its smoke test, and production.
/// </summary>
[Collection(DefaultPipelineSynthesis.Name)]
public sealed class DeliveryPipelineTests(DefaultPipeline pipeline)
{
    [Fact]
    public void Pipeline_IsAV2Pipeline_NamedAsTheDeliveryMetricsRuleFilters()
    {
        var trigger = (EventRuleTrigger)FunctionManifest.Find(PipelineEventRecorder.FunctionName)!.Trigger;

        pipeline.Pipeline.GetProperty("PipelineType").GetString().Should().Be("V2");
        pipeline.Pipeline.GetProperty("Name").GetString().Should().Be("git-goods")
            .And.BeOneOf(trigger.DetailFilter["pipeline"], "the delivery metrics must record this pipeline's events");
    }

    [Fact]
    public void Stages_RunSourceBuildSelfUpdateAssetsTestThenProduction()
    {
        pipeline.Stages.Select(s => s.Name).Should().Equal("Source", "Build", "UpdatePipeline", "Assets", "Test", "Production");
    }

    [Fact]
    public void Source_WithoutContext_IsTheDefaultCodeCommitRepositoryOnMain()
    {
        var source = pipeline.Actions("Source").Single();

        source.GetProperty("ActionTypeId").GetProperty("Provider").GetString().Should().Be("CodeCommit");
        source.GetProperty("Configuration").GetProperty("RepositoryName").GetString().Should().Be(PipelineSource.DefaultCodeCommitRepository);
        source.GetProperty("Configuration").GetProperty("BranchName").GetString().Should().Be("main");
    }

    [Fact]
    public void Build_RunsTheReadmeTestCommand_ThenTheSynth_OnALargeStandardLinuxImage()
    {
        var project = pipeline.ProjectOf(pipeline.Actions("Build").Single());
        var spec = SynthesizedPipeline.BuildSpec(project);

        Strings(spec.GetProperty("phases").GetProperty("build").GetProperty("commands"))
            .Should().Equal("CI=true ./scripts/test.sh", "SKIP_PUBLISH=1 ./scripts/synth.sh");
        Strings(spec.GetProperty("phases").GetProperty("install").GetProperty("commands"))
            .Should().Contain(c => c.Contains("dotnet-install.sh --channel 10.0", StringComparison.Ordinal));
        var runtimes = spec.GetProperty("phases").GetProperty("install").GetProperty("runtime-versions");
        runtimes.GetProperty("nodejs").GetString().Should().Be("20");
        runtimes.GetProperty("java").GetString().Should().Be("corretto17");
        spec.GetProperty("artifacts").GetProperty("base-directory").GetString().Should().Be("cdk.out");
        project.GetProperty("Environment").GetProperty("ComputeType").GetString().Should().Be("BUILD_GENERAL1_LARGE");
        project.GetProperty("Environment").GetProperty("Image").GetString().Should().Be("aws/codebuild/standard:7.0");
        project.GetProperty("TimeoutInMinutes").GetInt32().Should().Be(30);
    }

    [Fact]
    public void NoBuild_NeedsDocker()
    {
        pipeline.Resources("AWS::CodeBuild::Project").Values
            .Select(p => p.GetProperty("Properties").GetProperty("Environment"))
            .Where(e => e.TryGetProperty("PrivilegedMode", out var privileged) && privileged.GetBoolean())
            .Should().BeEmpty("a privileged build runs a Docker daemon; nothing here builds an image");
    }

    [Fact]
    public void TestStage_DeploysEveryStackOfTheShop_ThenRunsTheSmokeTests()
    {
        var actions = pipeline.Actions("Test");
        var smoke = actions.Single(a => a.GetProperty("Name").GetString() == "SmokeTests");

        DeployedStacks(actions).Should().BeEquivalentTo(StackNames(pipeline.Stack.Test));
        smoke.GetProperty("RunOrder").GetInt32().Should().BeGreaterThan(actions.Where(a => a.GetProperty("Name").GetString() != "SmokeTests")
            .Max(a => a.GetProperty("RunOrder").GetInt32()), "the smoke test runs against the deployed stage");
    }

    [Fact]
    public void TestStage_ByDefault_IsThePipelinesAccountAndRegion_WithoutAStandby()
    {
        pipeline.Stack.Test.Target.Should().Be(new DeploymentTarget(SynthesizedPipeline.Account, SynthesizedGitGoods.Region, StandbyRegion: null));
        pipeline.Stack.Test.App.Standby.Should().BeNull();
        DeployedStacks(pipeline.Actions("Test")).Should().NotContain(s => s.Contains(GitGoodsApp.StandbyStackId, StringComparison.Ordinal));
        pipeline.Stack.Test.App.Main.StackName.Should().Be("Test-GitGoods", "a test stage beside production must not take production's stack names");
    }

    [Fact]
    public void Production_DeploysEveryStackOfTheApp_StandbyIncluded_WithoutAnApprovalByDefault()
    {
        var actions = pipeline.Actions("Production");

        DeployedStacks(actions).Should().BeEquivalentTo(StackNames(pipeline.Stack.Production))
            .And.Contain("Production-" + GitGoodsApp.StandbyStackId);
        pipeline.Stack.Production.App.Standby!.Region.Should().Be(SynthesizedPipeline.StandbyRegion);
        actions.Should().OnlyContain(a => a.GetProperty("ActionTypeId").GetProperty("Category").GetString() == "Deploy");
        pipeline.Stack.Production.App.Main.StackName.Should().Be("Production-GitGoods");
    }

    [Fact]
    public void DeployActions_ReadTheirTemplatesFromTheirInputArtifact()
    {
        // What cfn-lint's E3703 would check, had it not to be skipped on the pipeline (DeliveryPipelineStack.SkipCfnLintFalsePositive).
        var prepares = pipeline.Stages.SelectMany(s => s.Actions)
            .Where(a => a.GetProperty("Configuration").TryGetProperty("TemplatePath", out _)).ToList();

        prepares.Should().NotBeEmpty();
        prepares.Should().OnlyContain(a => a.GetProperty("Configuration").GetProperty("TemplatePath").GetString()!
            .StartsWith(a.GetProperty("InputArtifacts")[0].GetProperty("Name").GetString() + "::", StringComparison.Ordinal));
    }

    private static IEnumerable<string> DeployedStacks(IEnumerable<JsonElement> actions) =>
        actions.Where(a => a.GetProperty("ActionTypeId").GetProperty("Provider").GetString() == "CloudFormation")
            .Select(a => a.GetProperty("Configuration").GetProperty("StackName").GetString()!)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> StackNames(Stage stage) => stage.Node.FindAll().OfType<Stack>().Where(s => !s.Nested).Select(s => s.StackName);

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
