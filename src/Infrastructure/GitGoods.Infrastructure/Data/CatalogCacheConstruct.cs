using Amazon.CDK.AWS.DAX;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;

using Constructs;

using GitGoods.Domain.Catalog.Freshness;

using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// The catalogue cache: a DAX cluster in front of the shop table for the public catalogue reads. Three nodes (a
/// primary and two read replicas) in three zones, encrypted at rest and in transit (TLS), reading the table through
/// a service role that may only read it. Its TTLs are DAX's share of the catalogue's freshness budget
/// (<see cref="CatalogFreshness"/>, decision 0032): an item read (product page, stock) is served at most
/// <see cref="ItemTtlMillis"/> (1 s) old, a query (listings, search, platforms) at most <see cref="QueryTtlMillis"/>
/// (5 s) old; the in-process caches, CloudFront and the browser take the rest of the 5 s and 30 s bounds (the default
/// TTL, 5 minutes, would break both on its own). Readers get only <see cref="ReadActions"/> on this cluster.
/// </summary>
public sealed class CatalogCacheConstruct : Construct
{
    /// <summary>The function environment variable holding the cluster's discovery endpoint (<c>daxs://...</c>).</summary>
    public const string EndpointVariable = "DAX_ENDPOINT";

    public static readonly int ItemTtlMillis = (int)CatalogFreshness.ProductPage.Dax.TotalMilliseconds;
    public static readonly int QueryTtlMillis = (int)CatalogFreshness.Listings.Dax.TotalMilliseconds;
    public const int Nodes = 3;

    /// <summary>What a reader may ask the cluster: reads only.</summary>
    public static readonly string[] ReadActions = ["dax:GetItem", "dax:BatchGetItem", "dax:Query"];

    /// <summary>What DAX itself may ask DynamoDB for: the reads it caches, and the table's key schema.</summary>
    public static readonly string[] TableReadActions = ["dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"];

    public CatalogCacheConstruct(Construct scope, string id, ITableV2 table, string nodeType)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(table);
        Network = new CatalogCacheNetwork(this, "Network");
        var zones = Network.Vpc.IsolatedSubnets;
        SubnetGroup = new CfnSubnetGroup(this, "SubnetGroup", new CfnSubnetGroupProps
        {
            Description = "Git Goods catalogue cache: the isolated subnets, one per zone.",
            SubnetIds = [.. zones.Select(s => s.SubnetId)],
        });
        ParameterGroup = new CfnParameterGroup(this, "ParameterGroup", new CfnParameterGroupProps
        {
            Description = "Git Goods catalogue cache: TTLs within the catalogue's freshness budget (decision 0032).",
            ParameterNameValues = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["record-ttl-millis"] = ItemTtlMillis.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["query-ttl-millis"] = QueryTtlMillis.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        });

        ServiceRole = new Role(this, "ServiceRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("dax.amazonaws.com"),
            Description = "Lets the Git Goods catalogue cache read the shop table and its indexes.",
        });
        var readTable = new Policy(this, "ServiceRolePolicy", new PolicyProps
        {
            Roles = [ServiceRole],
            Statements =
            [
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = TableReadActions,
                    Resources = [table.TableArn, table.TableArn + "/index/*"],
                }),
            ],
        });

        Cluster = new CfnCluster(this, "Cluster", new CfnClusterProps
        {
            Description = "Git Goods catalogue cache.",
            NodeType = nodeType,
            ReplicationFactor = Nodes,
            AvailabilityZones = [.. zones.Select(s => s.AvailabilityZone)],
            SubnetGroupName = SubnetGroup.Ref,
            ParameterGroupName = ParameterGroup.Ref,
            SecurityGroupIds = [Network.ClusterSecurityGroup.SecurityGroupId],
            IamRoleArn = ServiceRole.RoleArn,
            SseSpecification = new CfnCluster.SSESpecificationProperty { SseEnabled = true },
            ClusterEndpointEncryptionType = "TLS",
        });
        // DAX checks its role's permissions when the cluster is created: the policy must exist by then.
        Cluster.Node.AddDependency(readTable);
    }

    public CatalogCacheNetwork Network { get; }

    public CfnSubnetGroup SubnetGroup { get; }

    public CfnParameterGroup ParameterGroup { get; }

    public Role ServiceRole { get; }

    public CfnCluster Cluster { get; }

    /// <summary>The cluster's discovery endpoint URL (<c>daxs://...</c>), what the DAX client connects to.</summary>
    public string DiscoveryEndpoint => Cluster.AttrClusterDiscoveryEndpointUrl;

    /// <summary>Where catalogue readers run: the isolated subnets, in the readers' security group.</summary>
    public FunctionNetwork ReaderNetwork => new(Network.Vpc, Network.Subnets, Network.ReaderSecurityGroup);

    /// <summary>Lets <paramref name="reader"/> read through this cluster, and nothing else of it.</summary>
    public void GrantReads(IGrantable reader) =>
        _ = Grant.AddToPrincipal(new GrantOnPrincipalOptions { Grantee = reader, Actions = ReadActions, ResourceArns = [Cluster.AttrArn] });
}
