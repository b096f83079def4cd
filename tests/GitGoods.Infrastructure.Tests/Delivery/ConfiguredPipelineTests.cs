using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Delivery;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// The pipeline with every context key set: the connection source, a separate test account and region, and a manual approval
/// before production.
/// </summary>
public sealed class ConfiguredPipelineTests(ConfiguredPipeline pipeline) : IClassFixture<ConfiguredPipeline>
{
    [Fact]
    public void Source_IsTheConnection_OnTheGivenRepositoryAndBranch()
    {
        var source = pipeline.Actions("Source").Single();
        var configuration = source.GetProperty("Configuration");

        source.GetProperty("ActionTypeId").GetProperty("Provider").GetString().Should().Be("CodeStarSourceConnection");
        configuration.GetProperty("ConnectionArn").GetString().Should().Be(ConfiguredPipeline.ConnectionArn);
        configuration.GetProperty("FullRepositoryId").GetString().Should().Be(ConfiguredPipeline.Repository);
        configuration.GetProperty("BranchName").GetString().Should().Be(ConfiguredPipeline.Branch);
    }

    [Fact]
    public void Production_FirstWaitsForAManualApproval_ThenDeploys()
    {
        var actions = pipeline.Actions("Production");
        var approval = actions.Single(a => a.GetProperty("ActionTypeId").GetProperty("Category").GetString() == "Approval");

        approval.GetProperty("Name").GetString().Should().Be(DeliveryPipelineStack.ApprovalStepId);
        actions.Where(a => a.GetProperty("ActionTypeId").GetProperty("Category").GetString() == "Deploy")
            .Should().OnlyContain(a => a.GetProperty("RunOrder").GetInt32() > approval.GetProperty("RunOrder").GetInt32());
    }

    [Fact]
    public void TestStage_DeploysToTheTestAccountAndRegion_AndProductionStaysInThePipelinesAccount()
    {
        pipeline.Stack.Test.App.Main.Account.Should().Be(ConfiguredPipeline.TestAccount);
        pipeline.Stack.Test.App.Main.Region.Should().Be(ConfiguredPipeline.TestRegion);
        pipeline.Stack.Production.App.Main.Account.Should().Be(SynthesizedPipeline.Account);
        pipeline.Stack.Production.App.Main.Region.Should().Be(SynthesizedGitGoods.Region);
    }

    [Fact]
    public void SmokeStepsCognitoGrant_FollowsTheTestStage()
    {
        var smoke = pipeline.Actions("Test").Single(a => a.GetProperty("Name").GetString() == "SmokeTests");
        var role = pipeline.ProjectOf(smoke).GetProperty("ServiceRole").GetProperty("Fn::GetAtt")[0].GetString()!;

        pipeline.StatementsOf(role).Select(s => s.GetProperty("Resource"))
            .Where(r => r.ValueKind == JsonValueKind.String)
            .Should().Contain(r => r.GetString() == $"arn:aws:cognito-idp:{ConfiguredPipeline.TestRegion}:{ConfiguredPipeline.TestAccount}:userpool/*");
    }

    [Fact]
    public void ASeparateTestAccount_EncryptsTheArtifacts_AndWarnsThatTheSmokeStepCannotReachIt()
    {
        pipeline.Resources("AWS::KMS::Key").Should().NotBeEmpty("artifacts crossing accounts need a KMS key (crossAccountKeys)");
        Annotations.FromStack(pipeline.Stack).HasWarning("/" + DeliveryPipelineStack.PipelineStackId, Match.StringLikeRegexp(".*smoke step.*"));
    }
}
