using GitGoods.Infrastructure.Functions;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>Every manifest function is published: a version, and the <c>live</c> alias on it that CodeDeploy moves.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class LiveAliasTests(SynthesizedGitGoods app)
{
    public static TheoryData<string> ManifestNames => [.. FunctionManifest.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_HasAVersion_AndTheLiveAliasPointsAtIt(string name)
    {
        var stack = app.TemplateOf(name);
        var functionId = stack.FunctionLogicalId(name);
        var versions = stack.Resources("AWS::Lambda::Version")
            .Where(v => v.Value.GetProperty("Properties").GetProperty("FunctionName").GetProperty("Ref").GetString() == functionId)
            .ToList();
        var version = versions.Should().ContainSingle().Subject;

        var alias = stack.Resources(LiveAliases.Alias)[stack.AliasLogicalId(name)].GetProperty("Properties");

        alias.GetProperty("Name").GetString().Should().Be(ShopFunction.LiveAliasName);
        var pointsAt = alias.GetProperty("FunctionVersion").GetProperty("Fn::GetAtt");
        pointsAt[0].GetString().Should().Be(version.Key);
        pointsAt[1].GetString().Should().Be("Version");
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void OldVersions_AreDeletedAfterTheUpdateThatReplacedThem_SoTheyDoNotFillTheCodeStorageQuota(string name)
    {
        var stack = app.TemplateOf(name);
        var functionId = stack.FunctionLogicalId(name);
        var version = stack.Resources("AWS::Lambda::Version").Values
            .Single(v => v.GetProperty("Properties").GetProperty("FunctionName").GetProperty("Ref").GetString() == functionId);

        version.GetProperty("DeletionPolicy").GetString().Should().Be("Delete");
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void LiveAlias_IsUpdatedThroughCodeDeploy_ByItsOwnDeploymentGroup(string name)
    {
        var stack = app.TemplateOf(name);
        var deployments = app.FunctionsOf(name).Deployments;
        var aliasId = stack.AliasLogicalId(name);
        var update = stack.Resources(LiveAliases.Alias)[aliasId].GetProperty("UpdatePolicy").GetProperty("CodeDeployLambdaAliasUpdate");

        update.GetProperty("ApplicationName").GetProperty("Ref").GetString()
            .Should().Be(stack.LogicalId(deployments.Application));
        update.GetProperty("DeploymentGroupName").GetProperty("Ref").GetString()
            .Should().Be(stack.LogicalId(deployments.Groups[name]));
    }

    [Fact]
    public void EveryAlias_IsALiveAliasOfAManifestFunction()
    {
        foreach (var stack in app.FunctionTemplates)
        {
            stack.Resources(LiveAliases.Alias).Keys
                .Should().BeEquivalentTo(FunctionManifest.All.Where(f => stack.HoldsFunction(f.Name)).Select(f => stack.AliasLogicalId(f.Name)));
        }
    }
}
