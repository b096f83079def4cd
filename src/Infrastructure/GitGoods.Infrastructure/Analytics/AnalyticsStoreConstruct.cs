using Amazon.CDK;
using Amazon.CDK.AWS.Athena;
using Amazon.CDK.AWS.Glue;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;

using Constructs;

using GitGoods.Analytics.Lake;

namespace GitGoods.Infrastructure.Analytics;

/// <summary>
/// Where the business team's analytics live: an S3 bucket holding the lake (<c>lake/{table}/dt=…/</c>, written by the
/// export and delivery-metrics functions), a Glue database with one table per lake table (partition projection), and an
/// Athena workgroup with the saved queries. See docs/analytics.md and docs/decisions/0005-business-analytics-access.md.
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
                Description = "Git Goods analytics: order lines, net sales per day, CodePipeline events. No personal data.",
                LocationUri = Bucket.S3UrlForObject(LakePrefix),
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
        Tables = LakeGlueTables.Create(this, Database, DatabaseName, Bucket);
        TableArns = [.. LakeTables.All.Select(t => stack.FormatArn(new ArnComponents { Service = "glue", Resource = "table", ResourceName = $"{DatabaseName}/{t.Name}" }))];
        SavedQueries = new NestedStack(this, "SavedQueries");
        NamedQueries = AnalyticsNamedQueries.Create(SavedQueries, WorkGroup, DatabaseName, Tables.Values);
    }

    /// <summary>
    /// The nested stack that holds <see cref="NamedQueries"/>: one resource each, and the main stack is near
    /// CloudFormation's quota of 500 resources.
    /// </summary>
    public NestedStack SavedQueries { get; }

    /// <summary>Every lake table's data lives under this key prefix of <see cref="Bucket"/>.</summary>
    public const string LakePrefix = "lake/";

    /// <summary>The Glue tables by lake table name.</summary>
    public IReadOnlyDictionary<string, CfnTable> Tables { get; }

    /// <summary>The workgroup's saved queries by name.</summary>
    public IReadOnlyDictionary<string, CfnNamedQuery> NamedQueries { get; }

    public Bucket Bucket { get; }

    public CfnDatabase Database { get; }

    public CfnWorkGroup WorkGroup { get; }

    public string DatabaseName { get; }

    public string WorkGroupName { get; }

    public string WorkGroupArn { get; }

    public string CatalogArn { get; }

    public string DatabaseArn { get; }

    /// <summary>The ARN of each lake table, one by one (no wildcard: a table added by hand is not readable).</summary>
    public IReadOnlyList<string> TableArns { get; }

    /// <summary>
    /// Lets <paramref name="grantee"/> run and read queries in the workgroup over the analytics data, and nothing else:
    /// no action that writes, deletes or changes configuration, and no resource outside this construct.
    /// </summary>
    public void GrantReadOnlyQueries(IGrantable grantee)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        Add(grantee, "AthenaQueriesInTheAnalyticsWorkGroup", AnalyticsAccessPolicy.AthenaActions, [WorkGroupArn]);
        Add(grantee, "GlueCatalogReadOfTheLakeTables", AnalyticsAccessPolicy.GlueActions, [CatalogArn, DatabaseArn, .. TableArns]);
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ListTheLakeOnly",
            Effect = Effect.ALLOW,
            Actions = [.. AnalyticsAccessPolicy.S3BucketActions],
            Resources = [Bucket.BucketArn],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringLike"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["s3:prefix"] = new[] { LakePrefix + "*" } },
            },
        }));
        Add(grantee, "ReadTheLakeTablesData", AnalyticsAccessPolicy.S3ObjectActions, [.. LakeTables.All.Select(t => Bucket.ArnForObjects(t.Prefix + "*"))]);
    }

    /// <summary>Lets a writer function put objects under <paramref name="prefix"/> of the lake, and nothing else (no read, no delete).</summary>
    public void GrantWrite(IGrantable grantee, string prefix)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        if (!prefix.StartsWith(LakePrefix, StringComparison.Ordinal) || !prefix.EndsWith('/'))
        {
            throw new ArgumentException($"'{prefix}' is not a folder of the lake ({LakePrefix}…/).", nameof(prefix));
        }

        Add(grantee, null, ["s3:PutObject"], [Bucket.ArnForObjects(prefix + "*")]);
    }

    private static void Add(IGrantable grantee, string? sid, IReadOnlyList<string> actions, IReadOnlyList<string> resources) =>
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = sid,
            Effect = Effect.ALLOW,
            Actions = [.. actions],
            Resources = [.. resources],
        }));
}
