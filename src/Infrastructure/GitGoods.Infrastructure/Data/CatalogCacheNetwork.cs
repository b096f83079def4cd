using Amazon.CDK;
using Amazon.CDK.AWS.EC2;

using Constructs;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// The network of the catalogue cache: a VPC of private isolated subnets in three Availability Zones (no internet
/// gateway, no NAT gateway), a DynamoDB gateway endpoint (free) so functions in it still reach the table, the cluster's
/// security group, admitting DAX's TLS port only from the readers' security group, and the readers' security group,
/// whose only way out is to the cluster and HTTPS (which the routes take only to DynamoDB's gateway endpoint).
/// </summary>
public sealed class CatalogCacheNetwork : Construct
{
    /// <summary>DAX's port for clusters with encryption in transit (TLS); 8111 is the plain one, unused here.</summary>
    public const int TlsPort = 9111;

    public const int AvailabilityZones = 3;

    public CatalogCacheNetwork(Construct scope, string id)
        : base(scope, id)
    {
        // Zones by position (Fn::GetAZs), so the template needs no account lookup and works in any region with three zones.
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            IpAddresses = IpAddresses.Cidr("10.0.0.0/20"),
            AvailabilityZones = [.. Enumerable.Range(0, AvailabilityZones).Select(i => Fn.Select(i, Fn.GetAzs()))],
            NatGateways = 0,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "Isolated", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>(StringComparer.Ordinal)
            {
                ["DynamoDb"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.DYNAMODB },
            },
        });

        ReaderSecurityGroup = new SecurityGroup(this, "Readers", new SecurityGroupProps
        {
            Vpc = Vpc,
            AllowAllOutbound = false,
            Description = "Git Goods catalogue readers: out to the DAX cluster (TLS) and to DynamoDB (HTTPS, gateway endpoint) only.",
        });
        // The cluster answers its clients; nothing reaches the internet from these subnets, whatever the egress rule.
        ClusterSecurityGroup = new SecurityGroup(this, "Cluster", new SecurityGroupProps
        {
            Vpc = Vpc,
            Description = "Git Goods catalogue cache (DAX): TLS port from the catalogue readers only.",
        });
        ClusterSecurityGroup.AddIngressRule(ReaderSecurityGroup, Port.Tcp(TlsPort), "DAX over TLS from the catalogue readers");
        ReaderSecurityGroup.AddEgressRule(ClusterSecurityGroup, Port.Tcp(TlsPort), "DAX over TLS");
        ReaderSecurityGroup.AddEgressRule(Peer.AnyIpv4(), Port.Tcp(443), "DynamoDB through the gateway endpoint (the only route out)");
    }

    public Vpc Vpc { get; }

    public SecurityGroup ReaderSecurityGroup { get; }

    public SecurityGroup ClusterSecurityGroup { get; }

    /// <summary>The isolated subnets (one per zone).</summary>
    public SubnetSelection Subnets { get; } = new() { SubnetType = SubnetType.PRIVATE_ISOLATED };
}
