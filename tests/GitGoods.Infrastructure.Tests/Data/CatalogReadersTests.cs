using System.Text.Json;

using GitGoods.Infrastructure.Data;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Data;

/// <summary>With <c>dax=true</c>: the catalogue readers run in the cache's VPC, know its endpoint, and may only read it.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class CatalogReadersTests(SynthesizedGitGoodsWithOptions app)
{
    private static readonly string[] ReaderNames = [.. FunctionManifest.All.Where(f => f.Access.CachedCatalogReads).Select(f => f.Name)];

    public static TheoryData<string> Readers => [.. ReaderNames];

    public static TheoryData<string> Others => [.. FunctionManifest.All.Where(f => !f.Access.CachedCatalogReads).Select(f => f.Name)];

    private CatalogCacheConstruct Cache => app.Stack.CatalogCache!;

    [Fact]
    public void Readers_AreThePublicCatalogReads()
    {
        ReaderNames.Should().BeEquivalentTo(["ListProducts", "GetProduct", "ListPlatforms"]);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Reader_RunsInTheIsolatedSubnets_InTheReadersSecurityGroup(string name)
    {
        var vpcConfig = Properties(name).GetProperty("VpcConfig");

        vpcConfig.GetProperty("SecurityGroupIds").Compact().Should().Be(
            "[" + app.CacheReference(Cache.Network.ReaderSecurityGroup, "GroupId") + "]");
        vpcConfig.GetProperty("SubnetIds").EnumerateArray().Select(s => s.Compact())
            .Should().BeEquivalentTo(Cache.Network.Vpc.IsolatedSubnets.Select(s => app.CacheReference(s.Node.DefaultChild!, null)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Reader_KnowsTheClustersDiscoveryEndpoint(string name)
    {
        Compact(app.FunctionEnvironment(name)[CatalogCacheConstruct.EndpointVariable]).Should().Be(
            app.CacheReference(Cache.Cluster, "ClusterDiscoveryEndpointURL"));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Reader_MayOnlyReadThroughThisCluster_AndKeepsItsTableReads(string name)
    {
        var role = app.FunctionRoleLogicalId(name);
        var dax = DaxStatements(role);

        var statement = dax.Should().ContainSingle().Subject;
        IamJson.Actions(statement).Should().BeEquivalentTo(["dax:GetItem", "dax:BatchGetItem", "dax:Query"]);
        IamJson.Resources(statement).Select(Compact).Should().Equal(app.CacheReference(Cache.Cluster, "Arn"));
        app.RoleStatements().Where(s => s.Role == role).SelectMany(s => IamJson.Actions(s.Statement)).Should().Contain("dynamodb:GetItem");
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void OtherFunction_HasNoDaxAction_NoEndpoint_AndNoVpc(string name)
    {
        DaxStatements(app.FunctionRoleLogicalId(name)).Should().BeEmpty();
        app.FunctionEnvironment(name).Should().NotContainKey(CatalogCacheConstruct.EndpointVariable);
        Properties(name).TryGetProperty("VpcConfig", out _).Should().BeFalse();
    }

    [Fact]
    public void NoRoleButTheReaders_HasAnyDaxAction()
    {
        var readers = ReaderNames.Select(app.FunctionRoleLogicalId).ToHashSet(StringComparer.Ordinal);

        app.RoleStatements().Where(s => IamJson.Actions(s.Statement).Any(a => a.StartsWith("dax:", StringComparison.Ordinal)))
            .Select(s => s.Role).Should().NotBeEmpty().And.OnlyContain(role => readers.Contains(role));
    }

    private static string Compact(string rawJson)
    {
        using var document = JsonDocument.Parse(rawJson);
        return document.RootElement.Compact();
    }

    private JsonElement Properties(string name) =>
        app.TemplateOf(name).Resources("AWS::Lambda::Function")[app.FunctionLogicalId(name)].GetProperty("Properties");

    private List<JsonElement> DaxStatements(string role) =>
        [.. app.RoleStatements().Where(s => s.Role == role && IamJson.Actions(s.Statement).Any(a => a.StartsWith("dax:", StringComparison.Ordinal))).Select(s => s.Statement)];
}
