using Amazon.CDK;
using Amazon.CDK.AWS.Athena;
using Amazon.CDK.AWS.Glue;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;

using Constructs;

namespace GitGoods.Infrastructure.Analytics;

/// <summary>
/// Where the business team's analytics live: an S3 bucket for the data, a Glue catalog database describing it,
/// and an Athena workgroup to query it. Placeholders until the analytics issue fills them (no tables, no data yet),
/// but real resources, so the business role's least-privilege policy is real. See
/// docs/decisions/0005-business-analytics-access.md.
/// </summary>
public sealed class AnalyticsStoreConstruct : Construct
{
    /// <summary>Athena stops (and bills no further than) a query that scans more than this: a cost guard.</summary>
    public const long BytesScannedCutoffPerQuery = 10L * 1024 * 1024 * 1024;

    public AnalyticsStoreConstruct(Construct scope, string id)
        : base(scope, id)
    {
        var stack = Stack.Of(this);

        Bucket = new Bucket(this, "Data", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            // SSE-S3, not a customer-managed KMS key: readers then need no kms:Decrypt grant.
            Encryption = BucketEncryption.S3_MANAGED,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            Versioned = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

        // Glue and Athena need names that people type in SQL and tools; derive them from the stack name so two
        // stacks in one account and region do not collide (Glue database names: lower case, digits, underscore).
        DatabaseName = $"{stack.StackName.ToLowerInvariant().Replace('-', '_')}_analytics";
        WorkGroupName = $"{stack.StackName}-analytics";

        Database = new CfnDatabase(this, "Database", new CfnDatabaseProps
        {
            CatalogId = stack.Account,
            DatabaseInput = new CfnDatabase.DatabaseInputProperty
            {
                Name = DatabaseName,
                Description = "Git Goods analytics (tables arrive with the analytics issue).",
                LocationUri = Bucket.S3UrlForObject("tables/"),
            },
        });

        WorkGroup = new CfnWorkGroup(this, "WorkGroup", new CfnWorkGroupProps
        {
            Name = WorkGroupName,
            Description = "Git Goods business analytics: read-only queries by the business group.",
            State = "ENABLED",
            RecursiveDeleteOption = false,
            WorkGroupConfiguration = new CfnWorkGroup.WorkGroupConfigurationProperty
            {
                // Clients cannot pick another result location, encryption or engine: the workgroup's settings win.
                EnforceWorkGroupConfiguration = true,
                PublishCloudWatchMetricsEnabled = true,
                BytesScannedCutoffPerQuery = BytesScannedCutoffPerQuery,
                // Athena managed query results: they live in Athena-owned storage, readable through
                // athena:GetQueryResults on this workgroup only, kept 24 hours: the business role needs no S3 write at all.
                ManagedQueryResultsConfiguration = new CfnWorkGroup.ManagedQueryResultsConfigurationProperty { Enabled = true },
            },
        });

        WorkGroupArn = stack.FormatArn(new ArnComponents
        {
            Service = "athena",
            Resource = "workgroup",
            ResourceName = WorkGroupName,
        });
        CatalogArn = stack.FormatArn(new ArnComponents { Service = "glue", Resource = "catalog" });
        DatabaseArn = stack.FormatArn(new ArnComponents { Service = "glue", Resource = "database", ResourceName = DatabaseName });
        TablesArn = stack.FormatArn(new ArnComponents { Service = "glue", Resource = "table", ResourceName = $"{DatabaseName}/*" });
    }

    public Bucket Bucket { get; }

    public CfnDatabase Database { get; }

    public CfnWorkGroup WorkGroup { get; }

    public string DatabaseName { get; }

    public string WorkGroupName { get; }

    public string WorkGroupArn { get; }

    public string CatalogArn { get; }

    public string DatabaseArn { get; }

    /// <summary>Every table of the analytics database (tables come and go; the database bounds them).</summary>
    public string TablesArn { get; }

    /// <summary>
    /// Lets <paramref name="grantee"/> run and read queries in the workgroup over the analytics data, and nothing else:
    /// no action that writes, deletes or changes configuration, and no resource outside this construct.
    /// </summary>
    public void GrantReadOnlyQueries(IGrantable grantee)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        Add(grantee, "AthenaQueriesInTheAnalyticsWorkGroup", AnalyticsAccessPolicy.AthenaActions, WorkGroupArn);
        Add(grantee, "GlueCatalogReadOfTheAnalyticsDatabase", AnalyticsAccessPolicy.GlueActions, CatalogArn, DatabaseArn, TablesArn);
        Add(grantee, "ListTheAnalyticsBucket", AnalyticsAccessPolicy.S3BucketActions, Bucket.BucketArn);
        Add(grantee, "ReadTheAnalyticsData", AnalyticsAccessPolicy.S3ObjectActions, Bucket.ArnForObjects("*"));
    }

    private static void Add(IGrantable grantee, string sid, IReadOnlyList<string> actions, params string[] resources) =>
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = sid,
            Effect = Effect.ALLOW,
            Actions = [.. actions],
            Resources = resources,
        }));
}
