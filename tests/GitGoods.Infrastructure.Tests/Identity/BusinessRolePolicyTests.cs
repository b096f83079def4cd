using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.Identity;

/// <summary>
/// Least privilege for the business group: every action on a read-only allow-list written here (not taken from the
/// production code), no "*" resource, and only the analytics workgroup, database and bucket as resources.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class BusinessRolePolicyTests(SynthesizedGitGoods stack)
{
    private static readonly HashSet<string> ReadOnlyAllowList = new(StringComparer.Ordinal)
    {
        "athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:BatchGetQueryExecution",
        "athena:ListQueryExecutions", "athena:GetQueryResults", "athena:GetQueryResultsStream", "athena:GetQueryRuntimeStatistics",
        "athena:GetWorkGroup", "athena:ListNamedQueries", "athena:GetNamedQuery", "athena:BatchGetNamedQuery",
        "glue:GetDatabase", "glue:GetDatabases", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions",
        "glue:BatchGetPartition",
        "s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation",
    };

    /// <summary>Prefixes that write, delete or change configuration: none may appear, even through a wildcard.</summary>
    private static readonly string[] ForbiddenPrefixes =
    [
        "s3:Put", "s3:Delete", "s3:Create", "s3:Restore", "s3:Replicate", "s3:Abort",
        "glue:Create", "glue:Update", "glue:Delete", "glue:BatchCreate", "glue:BatchUpdate", "glue:BatchDelete", "glue:Put",
        "athena:Create", "athena:Delete", "athena:Update", "athena:Put", "athena:Tag", "athena:Untag",
        "iam:", "sts:", "kms:Encrypt", "kms:Create", "kms:Put",
    ];

    [Fact]
    public void BusinessRole_HasStatementsForAthenaGlueAndS3()
    {
        Actions().Should().Contain(["athena:StartQueryExecution", "athena:GetQueryResults", "glue:GetTable", "s3:GetObject"],
            "else the business group could not query at all (and the other tests would look at nothing)");
    }

    [Fact]
    public void BusinessRole_AllowsOnlyReadOnlyActionsFromTheAllowList()
    {
        Actions().Should().OnlyContain(a => ReadOnlyAllowList.Contains(a), "every action must be on the read-only allow-list");
    }

    [Fact]
    public void BusinessRole_HasNoWriteDeleteOrIdentityAction()
    {
        Actions().Should().NotContain(
            a => a.Contains('*', StringComparison.Ordinal) || ForbiddenPrefixes.Any(p => a.StartsWith(p, StringComparison.OrdinalIgnoreCase)),
            "no wildcard action and no write, delete, configuration or IAM action");
    }

    [Fact]
    public void BusinessRole_OnlyAllows()
    {
        Statements().Select(s => s.GetProperty("Effect").GetString()).Should().OnlyContain(e => e == "Allow");
        Statements().Where(s => s.TryGetProperty("NotAction", out _) || s.TryGetProperty("NotResource", out _))
            .Should().BeEmpty("NotAction / NotResource would grant everything not listed");
    }

    [Fact]
    public void BusinessRole_HasNoStarResource()
    {
        Resources().Should().NotBeEmpty().And.NotContain("\"*\"");
    }

    [Fact]
    public void BusinessRole_TouchesOnlyTheAnalyticsWorkGroupDatabaseAndBucket()
    {
        var workGroup = stack.Resources("AWS::Athena::WorkGroup").Single().Value.GetProperty("Properties").GetProperty("Name").GetString();
        var database = stack.Resources("AWS::Glue::Database").Single().Value
            .GetProperty("Properties").GetProperty("DatabaseInput").GetProperty("Name").GetString();
        var bucket = stack.Resources("AWS::S3::Bucket").Keys.Single(k => k.StartsWith("Analytics", StringComparison.Ordinal));

        string[] allowed =
        [
            $":workgroup/{workGroup}\"",
            ":catalog\"",
            $":database/{database}\"",
            .. GitGoods.Analytics.Lake.LakeTables.All.Select(t => $":table/{database}/{t.Name}\""),
            $"{{\"Fn::GetAtt\":[\"{bucket}\",\"Arn\"]}}",
        ];
        Resources().Should().OnlyContain(
            r => allowed.Any(a => r.Contains(a, StringComparison.Ordinal)),
            "each resource must be the analytics workgroup, the catalog, the analytics database or its tables, or the analytics bucket");
    }

    [Fact]
    public void BusinessRole_ReadsResultsThroughTheWorkGroupNotThroughS3()
    {
        // Managed query results: Athena keeps them; no results bucket exists for anyone to write into.
        stack.Template.HasResourceProperties("AWS::Athena::WorkGroup", Cfn.Props(
            ("WorkGroupConfiguration", Cfn.Props(
                ("ManagedQueryResultsConfiguration", Cfn.Props(("Enabled", true))),
                ("ResultConfiguration", Amazon.CDK.Assertions.Match.Absent())))));
    }

    [Fact]
    public void BusinessRole_ReadsExactlyTheLakeTables_NoWildcardTable()
    {
        var database = stack.Resources("AWS::Glue::Database").Single().Value
            .GetProperty("Properties").GetProperty("DatabaseInput").GetProperty("Name").GetString();
        var tables = Resources().Where(r => r.Contains(":table/", StringComparison.Ordinal)).ToList();

        tables.Should().HaveCount(GitGoods.Analytics.Lake.LakeTables.All.Count);
        tables.Should().NotContain(t => t.Contains($":table/{database}/*", StringComparison.Ordinal));
    }

    [Fact]
    public void BusinessRole_ReadsObjectsOnlyUnderTheLakeTablesFolders_AndListsOnlyTheLake()
    {
        var getObject = Statements().Where(s => Strings(s.GetProperty("Action")).Contains("s3:GetObject")).ToList();
        var objectResources = getObject.SelectMany(s => s.GetProperty("Resource").EnumerateArray().Select(Compact)).ToList();
        objectResources.Should().HaveCount(GitGoods.Analytics.Lake.LakeTables.All.Count);
        objectResources.Should().OnlyContain(r => GitGoods.Analytics.Lake.LakeTables.All.Any(t => r.Contains($"/{t.Prefix}*", StringComparison.Ordinal)));

        var list = Statements().Single(s => Strings(s.GetProperty("Action")).Contains("s3:ListBucket"));
        Compact(list.GetProperty("Condition")).Should().Be("{\"StringLike\":{\"s3:prefix\":[\"lake/*\"]}}");
    }

    private List<JsonElement> Statements()
    {
        var roleId = stack.Resources("AWS::IAM::Role").Keys.Single(k => k.StartsWith("BusinessAnalyticsBusinessRole", StringComparison.Ordinal));
        var role = stack.Resources("AWS::IAM::Role")[roleId].GetProperty("Properties");
        role.TryGetProperty("Policies", out _).Should().BeFalse("the tests read the role's AWS::IAM::Policy resources only");
        role.TryGetProperty("ManagedPolicyArns", out _).Should().BeFalse("no managed policy may widen the role");

        return
        [
            .. stack.Resources("AWS::IAM::Policy").Values
                .Select(p => p.GetProperty("Properties"))
                .Where(p => p.GetProperty("Roles").EnumerateArray().Any(r => string.Equals(r.GetProperty("Ref").GetString(), roleId, StringComparison.Ordinal)))
                .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()),
        ];
    }

    private List<string> Actions() => [.. Statements().SelectMany(s => Strings(s.GetProperty("Action")))];

    /// <summary>Resources as raw JSON (compact), so intrinsic functions can be searched.</summary>
    private List<string> Resources() =>
    [
        .. Statements().SelectMany(s => s.GetProperty("Resource") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(Compact)
            : [Compact(s.GetProperty("Resource"))]),
    ];

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static IEnumerable<string> Strings(JsonElement stringOrArray) =>
        stringOrArray.ValueKind == JsonValueKind.Array
            ? stringOrArray.EnumerateArray().Select(e => e.GetString()!)
            : [stringOrArray.GetString()!];
}
