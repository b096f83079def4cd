using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Data;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Data;

/// <summary>With <c>dax=true</c>: the DAX cluster, its parameter and subnet groups, its role, and its network.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class CatalogCacheTests(SynthesizedGitGoodsWithOptions app)
{
    private CatalogCacheConstruct Cache => app.Stack.CatalogCache ?? throw new InvalidOperationException("dax=true made no cache.");

    [Fact]
    public void Cluster_HasAPrimaryAndTwoReplicas_InThreeZones_EncryptedAtRestAndInTransit()
    {
        var zones = new Capture();
        app.CacheTemplate.ResourceCountIs("AWS::DAX::Cluster", 1);
        app.CacheTemplate.HasResourceProperties("AWS::DAX::Cluster", Props(
            ("ReplicationFactor", 3),
            ("NodeType", "dax.t3.small"),
            ("SSESpecification", Props(("SSEEnabled", true))),
            ("ClusterEndpointEncryptionType", "TLS"),
            ("AvailabilityZones", zones),
            ("SubnetGroupName", Ref(app.LogicalId(Cache.SubnetGroup))),
            ("ParameterGroupName", Ref(app.LogicalId(Cache.ParameterGroup))),
            ("SecurityGroupIds", new object[] { GetAtt(app.LogicalId(Cache.Network.ClusterSecurityGroup), "GroupId") }),
            ("IAMRoleARN", GetAtt(app.LogicalId(Cache.ServiceRole), "Arn"))));

        var azs = JsonSerializer.Serialize(zones.AsArray());
        zones.AsArray().Should().HaveCount(3);
        azs.Should().Contain("\"Fn::Select\":[0,").And.Contain("\"Fn::Select\":[1,").And.Contain("\"Fn::Select\":[2,");
    }

    [Fact]
    public void ParameterGroup_TtlsAreDaxsShareOfTheCataloguesFreshnessBudget()
    {
        // DAX's share of the budget (decision 0032): item reads (the product page) 1 s of its 5 s, queries (listings,
        // search, platforms) 5 s of their 30 s. Not DAX's default of 5 minutes, which alone would break both bounds.
        app.CacheTemplate.HasResourceProperties("AWS::DAX::ParameterGroup", Props(("ParameterNameValues", Match.ObjectEquals(Props(
            ("record-ttl-millis", "1000"),
            ("query-ttl-millis", "5000"))))));
        TimeSpan.FromMilliseconds(1000).Should().Be(GitGoods.Domain.Catalog.Freshness.CatalogFreshness.ProductPage.Dax);
        TimeSpan.FromMilliseconds(5000).Should().Be(GitGoods.Domain.Catalog.Freshness.CatalogFreshness.Listings.Dax);
    }

    [Fact]
    public void SubnetGroup_HoldsTheThreeIsolatedSubnets_OneForEachZoneOfTheCluster()
    {
        var subnets = Cache.Network.Vpc.IsolatedSubnets.Select(s => Ref(app.LogicalId(s.Node.DefaultChild!))).ToArray<object>();

        subnets.Should().HaveCount(3);
        Cache.Network.Vpc.PublicSubnets.Should().BeEmpty();
        Cache.Network.Vpc.PrivateSubnets.Should().BeEmpty();
        app.CacheTemplate.HasResourceProperties("AWS::DAX::SubnetGroup", Props(("SubnetIds", subnets)));
    }

    [Fact]
    public void Vpc_HasNoWayToTheInternet_AndAFreeDynamoDbGatewayEndpointOnEveryRouteTable()
    {
        app.CacheTemplate.ResourceCountIs("AWS::EC2::VPC", 1);
        app.CacheTemplate.ResourceCountIs("AWS::EC2::InternetGateway", 0);
        app.CacheTemplate.ResourceCountIs("AWS::EC2::NatGateway", 0);
        app.CacheTemplate.ResourceCountIs("AWS::EC2::VPCEndpoint", 1);
        app.CacheTemplate.HasResourceProperties("AWS::EC2::VPCEndpoint", Props(
            ("VpcEndpointType", "Gateway"),
            ("ServiceName", Match.AnyValue()),
            ("RouteTableIds", Match.AnyValue())));
        var endpoint = app.CacheResources("AWS::EC2::VPCEndpoint").Values.Single().GetProperty("Properties");
        endpoint.GetProperty("ServiceName").Compact().Should().Contain(".dynamodb");
        endpoint.GetProperty("RouteTableIds").GetArrayLength().Should().Be(3);
        app.CacheResources("AWS::EC2::Route").Should().BeEmpty("no route leads anywhere but the VPC and the endpoint");
    }

    [Fact]
    public void ClusterSecurityGroup_AdmitsOnlyTheTlsPort_OnlyFromTheCatalogueReaders()
    {
        var cluster = app.LogicalId(Cache.Network.ClusterSecurityGroup);
        var readers = app.LogicalId(Cache.Network.ReaderSecurityGroup);
        var ingress = app.CacheResources("AWS::EC2::SecurityGroupIngress").Values.Select(r => r.GetProperty("Properties"))
            .Concat(app.CacheResources("AWS::EC2::SecurityGroup").Values
                .Select(g => g.GetProperty("Properties"))
                .Where(p => p.TryGetProperty("SecurityGroupIngress", out _))
                .SelectMany(p => p.GetProperty("SecurityGroupIngress").EnumerateArray()))
            .ToList();

        var rule = ingress.Should().ContainSingle("nothing else in the VPC takes connections").Subject;
        rule.GetProperty("GroupId").Compact().Should().Contain(cluster);
        rule.GetProperty("SourceSecurityGroupId").Compact().Should().Contain(readers);
        rule.GetProperty("IpProtocol").GetString().Should().Be("tcp");
        rule.GetProperty("FromPort").GetInt32().Should().Be(9111);
        rule.GetProperty("ToPort").GetInt32().Should().Be(9111);
    }

    [Fact]
    public void ServiceRole_IsAssumedByDax_AndOnlyReadsTheShopTableAndItsIndexes()
    {
        var role = app.LogicalId(Cache.ServiceRole);
        var table = app.LogicalId(app.Stack.Table!.Table);
        var trust = app.CacheResources("AWS::IAM::Role")[role].GetProperty("Properties").GetProperty("AssumeRolePolicyDocument").GetProperty("Statement");
        var statement = app.CacheResources("AWS::IAM::Policy").Values.Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Roles").EnumerateArray().Any(r => r.GetProperty("Ref").GetString() == role))
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()).Should().ContainSingle().Subject;

        trust.Compact().Should().Be("""[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"dax.amazonaws.com"}}]""");
        IamJson.Actions(statement).Should().BeEquivalentTo(["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"]);
        // The table lives in the main stack: the nested stack gets its ARN as a parameter the main stack fills in.
        var tableArnParameters = app.Resources("AWS::CloudFormation::Stack").Values
            .SelectMany(n => n.GetProperty("Properties").TryGetProperty("Parameters", out var ps) ? ps.EnumerateObject() : default)
            .Where(p => p.Value.Compact() == $$"""{"Fn::GetAtt":["{{table}}","Arn"]}""").Select(p => p.Name).ToList();
        tableArnParameters.Should().NotBeEmpty();
        var resources = IamJson.Resources(statement);
        resources.Should().HaveCount(2).And.OnlyContain(r => tableArnParameters.Any(p => r.Contains($"\"{p}\"", StringComparison.Ordinal)));
        resources.Should().ContainSingle(r => r.Contains("/index/*", StringComparison.Ordinal));
    }
}
