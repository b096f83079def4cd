using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Delivery;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// How each stage's functions take a new version (docs/pipeline.md, "The 30-minute target"): the test stage at once (its
/// gate is the smoke test), production's main stack by the 10 %/5-minute canary, production's standby at once (its canary
/// would watch almost no traffic).
/// </summary>
[Collection(DefaultPipelineSynthesis.Name)]
public sealed class StageTrafficShiftTests(DefaultPipeline pipeline)
{
    [Fact]
    public void TheTestStage_ShiftsAtOnce() =>
        DeploymentConfigs(pipeline.Stack.Test.App.Main).Should().OnlyContain(c => c == "CodeDeployDefault.LambdaAllAtOnce");

    [Fact]
    public void ProductionsMainStack_ShiftsACanary_AndItsStandbyAtOnce()
    {
        DeploymentConfigs(pipeline.Stack.Production.App.Main).Should().OnlyContain(c => c == "CodeDeployDefault.LambdaCanary10Percent5Minutes");
        DeploymentConfigs(pipeline.Stack.Production.App.Standby!).Should().OnlyContain(c => c == "CodeDeployDefault.LambdaAllAtOnce");
    }

    private static List<string> DeploymentConfigs(GitGoodsStack stack)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Template.FromStack(stack).ToJSON()));
        var configs = json.RootElement.GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::CodeDeploy::DeploymentGroup")
            .Select(r => r.Value.GetProperty("Properties").GetProperty("DeploymentConfigName").GetString()!)
            .ToList();
        configs.Should().NotBeEmpty();
        return configs;
    }
}
