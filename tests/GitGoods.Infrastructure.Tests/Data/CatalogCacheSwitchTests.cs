using GitGoods.Infrastructure.Data;

namespace GitGoods.Infrastructure.Tests.Data;

/// <summary>The <c>dax</c> switch is off by default: a small deployment has no cache, no VPC, and pays nothing for them.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class CatalogCacheSwitchTests(SynthesizedGitGoods app)
{
    public static TheoryData<string> CacheAndNetworkTypes =>
    [
        "AWS::DAX::Cluster", "AWS::DAX::SubnetGroup", "AWS::DAX::ParameterGroup", "AWS::EC2::VPC", "AWS::EC2::Subnet",
        "AWS::EC2::SecurityGroup", "AWS::EC2::VPCEndpoint", "AWS::EC2::RouteTable",
    ];

    [Theory]
    [MemberData(nameof(CacheAndNetworkTypes))]
    public void WithoutTheSwitch_NoCacheOrNetworkResourceExists(string type)
    {
        app.Stack.CatalogCache.Should().BeNull();
        app.Template.ResourceCountIs(type, 0);
    }

    [Fact]
    public void WithoutTheSwitch_NoFunctionIsInAVpc_KnowsADaxEndpoint_OrHasADaxAction()
    {
        foreach (var function in app.Resources("AWS::Lambda::Function").Values.Select(f => f.GetProperty("Properties")))
        {
            function.TryGetProperty("VpcConfig", out _).Should().BeFalse();
            function.GetRawText().Should().NotContain(CatalogCacheConstruct.EndpointVariable);
        }

        app.RoleStatements().SelectMany(s => IamJson.Actions(s.Statement)).Should().NotContain(a => a.StartsWith("dax:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dax", "maybe", "*'dax'*true or false*")]
    [InlineData("daxNodeType", "t3.small", "*DAX node type*")]
    [InlineData("daxNodeType", "dax.r3.large", "*encrypt at rest*")]
    public void ContextValue_ThatCannotBeMeant_IsRefused(string key, string value, string message)
    {
        using var bootstrap = new TempBootstrap();
        var other = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal) { [key] = value });

        var build = () => new GitGoodsStack(other, "BadCacheContext");

        build.Should().Throw<ArgumentException>().WithMessage(message);
    }
}
