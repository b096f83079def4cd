using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Edge;

namespace GitGoods.Infrastructure.Tests.Edge;

/// <summary>How the two stacks meet: regions, the cross-region reference of the web ACL's ARN, and the deploy order.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class EdgeWiringTests(SynthesizedGitGoods app)
{
    [Fact]
    public void EdgeStack_IsInUsEast1_AndTheMainStackInItsOwnRegion()
    {
        app.EdgeStack.Region.Should().Be("us-east-1");
        app.Stack.Region.Should().Be(SynthesizedGitGoods.Region);
    }

    [Fact]
    public void Distribution_UsesTheEdgeStacksWebAcl_ReadFromTheCrossRegionExport()
    {
        var webAcl = app.LogicalId(app.EdgeStack.Site.WebAcl);
        var writer = app.EdgeJson.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "Custom::CrossRegionExportWriter").Value.GetProperty("Properties");
        var exports = writer.GetProperty("WriterProps").GetProperty("exports").EnumerateObject().Should().ContainSingle().Subject;
        var webAclId = DistributionConfig().GetProperty("WebACLId").Compact();

        writer.GetProperty("WriterProps").GetProperty("region").GetString().Should().Be(SynthesizedGitGoods.Region);
        exports.Value.Compact().Should().Be($$"""{"Fn::GetAtt":["{{webAcl}}","Arn"]}""");
        webAclId.Should().Contain("ExportsReader").And.Contain(exports.Name, "the distribution reads the very export the edge stack writes");
    }

    [Fact]
    public void MainStack_DependsOnTheEdgeStack_SoTheEdgeDeploysFirst()
    {
        app.Stack.Dependencies.Should().Contain(app.EdgeStack);
        app.EdgeStack.Dependencies.Should().NotContain(app.Stack);
    }

    [Fact]
    public void MainStackInUsEast1_ImportsTheArnWithoutCrossRegionMachinery()
    {
        // What an offline `cdk synth` through the CLI builds: it names us-east-1 when no credentials say otherwise.
        using var bootstrap = new TempBootstrap();
        var composed = GitGoodsApp.Compose(CdkTestApp.Create(bootstrap.Directory), new DeploymentTarget(null, "us-east-1"));
        var main = Template.FromStack(composed.Main).ToJSON();
        var json = JsonSerializer.Serialize(main);

        json.Should().Contain("Fn::ImportValue").And.NotContain("Custom::CrossRegionExportReader");
        Template.FromStack(composed.Edge!).ResourceCountIs("Custom::CrossRegionExportWriter", 0);
    }

    [Fact]
    public void EdgeStack_OutsideUsEast1_IsRefused()
    {
        var build = () => new GitGoodsEdgeStack(new App(), "Edge", new StackProps { Env = new Amazon.CDK.Environment { Region = "eu-west-1" } });

        build.Should().Throw<ArgumentException>().WithMessage("*us-east-1*");
    }

    private JsonElement DistributionConfig() =>
        app.Resources("AWS::CloudFront::Distribution").Values.Single().GetProperty("Properties").GetProperty("DistributionConfig");
}
