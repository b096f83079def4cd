using System.Text.Json;

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Analytics;

/// <summary>The S3 layout as the grants enforce it: each writer may put objects under its own lake folder, and nothing else in the bucket.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class LakeWriterGrantsTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> Writers => [.. FunctionManifest.All.Where(f => f.Access.AnalyticsWritePrefix is not null).Select(f => f.Name)];

    [Fact]
    public void Manifest_HasLakeWriters()
    {
        Writers.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Writer_MayOnlyPutUnderItsOwnLakeFolder(string name)
    {
        var prefix = FunctionManifest.Find(name)!.Access.AnalyticsWritePrefix!;
        var bucket = AnalyticsBucketId();
        var statements = StatementsOf(name).Where(s => JsonSerializer.Serialize(s).Contains(bucket, StringComparison.Ordinal)).ToList();

        statements.Should().ContainSingle();
        Strings(statements[0].GetProperty("Action")).Should().Equal("s3:PutObject");
        JsonSerializer.Serialize(statements[0].GetProperty("Resource")).Should().Contain($"/{prefix}*");
        prefix.Should().StartWith("lake/").And.EndWith("/");
        stack.FunctionEnvironment(name).Should().ContainKey("ANALYTICS_BUCKET");
    }

    [Fact]
    public void NoOtherFunction_TouchesTheAnalyticsBucket()
    {
        var bucket = AnalyticsBucketId();
        var writerRoles = FunctionManifest.All.Where(f => f.Access.AnalyticsWritePrefix is not null)
            .Select(f => stack.FunctionRoleLogicalId(f.Name)).ToHashSet(StringComparer.Ordinal);
        var functionRoles = FunctionManifest.All.Select(f => stack.FunctionRoleLogicalId(f.Name)).ToHashSet(StringComparer.Ordinal);

        stack.RoleStatements().Where(s => functionRoles.Contains(s.Role) && !writerRoles.Contains(s.Role))
            .Where(s => JsonSerializer.Serialize(s.Statement).Contains(bucket, StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    private IEnumerable<JsonElement> StatementsOf(string name)
    {
        var role = stack.FunctionRoleLogicalId(name);
        return stack.RoleStatements().Where(s => s.Role == role).Select(s => s.Statement);
    }

    private string AnalyticsBucketId() => stack.Resources("AWS::S3::Bucket").Keys.Single(k => k.StartsWith("Analytics", StringComparison.Ordinal));

    private static IEnumerable<string> Strings(JsonElement stringOrArray) =>
        stringOrArray.ValueKind == JsonValueKind.Array ? stringOrArray.EnumerateArray().Select(e => e.GetString()!) : [stringOrArray.GetString()!];
}
