using GitGoods.Adapters.Catalog;

namespace GitGoods.Functions.Tests.Composition;

public class DaxClusterEndpointTests
{
    [Theory]
    [InlineData("dax://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com", "dax", 8111)]
    [InlineData("daxs://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com", "daxs", 9111)]
    [InlineData(" daxs://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com:9111/ ", "daxs", 9111)]
    [InlineData("dax://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com:8000", "dax", 8000)]
    public void Parse_AClusterEndpoint_KeepsSchemeHostAndPort(string value, string scheme, int port)
    {
        var endpoint = DaxClusterEndpoint.Parse(value)!;

        endpoint.Scheme.Should().Be(scheme);
        endpoint.Host.Should().Be("my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com");
        DaxClusterEndpoint.PortOf(endpoint).Should().Be(port);
        DaxClusterEndpoint.IsEncrypted(endpoint).Should().Be(scheme == "daxs");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Nothing_MeansNoDax(string? value)
    {
        DaxClusterEndpoint.Parse(value).Should().BeNull();
    }

    [Theory]
    [InlineData("my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com")]
    [InlineData("https://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com")]
    [InlineData("dax://")]
    [InlineData("dax:///cluster")]
    [InlineData("dax://my-cluster.example/path")]
    [InlineData("dax://user:password@my-cluster.example")]
    [InlineData("dax://my-cluster.example?x=1")]
    [InlineData("dax://my-cluster.example#top")]
    [InlineData("dax://my-cluster.example:0")]
    [InlineData("dax://my cluster")]
    [InlineData("true")]
    public void Parse_Garbage_FailsNamingTheVariable(string value)
    {
        var act = () => DaxClusterEndpoint.Parse(value);

        act.Should().Throw<InvalidOperationException>().WithMessage("DAX_ENDPOINT must be a DAX cluster endpoint*");
    }
}
