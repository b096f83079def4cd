using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Queues;
using GitGoods.Composition;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>
/// The readiness function (GET /api/health/ready) gets exactly the calls its checks make — GetItem on the shop table,
/// GetQueueAttributes on the order queue, DescribeKey on the personal-data key — and nobody else gets those grants.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class ReadinessAccessTests(SynthesizedGitGoods stack)
{
    private string Role => stack.FunctionRoleLogicalId("Readiness");

    private string TableId => stack.LogicalId(stack.Stack.Table!.Table);

    private string QueueId => stack.LogicalId(stack.Stack.OrderQueues.Queue);

    private string KeyId => stack.LogicalId(stack.Stack.PersonalDataKey.Key!);

    [Fact]
    public void TheCatalogue_HasOneReadinessFunction_OnThePublicRoute()
    {
        var readiness = FunctionManifest.All.Where(f => f.Access.Readiness).Should().ContainSingle().Subject;
        readiness.Name.Should().Be("Readiness");
        readiness.Trigger.Should().BeOfType<HttpRouteTrigger>().Which.Should().Be(new HttpRouteTrigger("GET", "/api/health/ready", RouteAccess.Public));
        readiness.Access.Table.Should().Be(TableAccess.None, "one GetItem, not the table's read grant");
    }

    [Fact]
    public void ReadinessRole_MayOnlyGetItem_GetQueueAttributes_AndDescribeKey_EachOnItsResource()
    {
        var statements = stack.RoleStatements().Where(s => s.Role == Role).Select(s => s.Statement)
            .Where(s => !IamJson.Actions(s).All(a => a.StartsWith("logs:", StringComparison.Ordinal) || a.StartsWith("xray:", StringComparison.Ordinal)))
            .ToList();

        statements.SelectMany(IamJson.Actions).Should().BeEquivalentTo(["dynamodb:GetItem", "sqs:GetQueueAttributes", "kms:DescribeKey"]);
        statements.Should().OnlyContain(s => IamJson.IsAllow(s) && IamJson.Resources(s).Count == 1);
        statements.Single(s => IamJson.Actions(s).Contains("dynamodb:GetItem")).Should().Match<System.Text.Json.JsonElement>(s => IamJson.MentionsResource(s, TableId));
        statements.Single(s => IamJson.Actions(s).Contains("sqs:GetQueueAttributes")).Should().Match<System.Text.Json.JsonElement>(s => IamJson.MentionsResource(s, QueueId));
        statements.Single(s => IamJson.Actions(s).Contains("kms:DescribeKey")).Should().Match<System.Text.Json.JsonElement>(s => IamJson.MentionsResource(s, KeyId));
    }

    [Theory]
    [InlineData("sqs:GetQueueAttributes")]
    [InlineData("kms:DescribeKey")]
    public void NoOtherFunction_GetsTheReadinessOnlyActions_OnTheOrderQueueOrTheKey(string action)
    {
        var functionRoles = FunctionManifest.All.Select(f => stack.FunctionRoleLogicalId(f.Name)).ToHashSet(StringComparer.Ordinal);

        stack.RoleStatements().Where(s => functionRoles.Contains(s.Role) && IamJson.Actions(s.Statement).Contains(action)
                && (IamJson.MentionsResource(s.Statement, QueueId) || IamJson.MentionsResource(s.Statement, KeyId)))
            .Select(s => s.Role).Distinct().Should().Equal(Role);
    }

    [Fact]
    public void ReadinessFunction_IsToldWhichTableQueueAndKeyToCheck()
    {
        var variables = stack.FunctionEnvironment("Readiness");

        variables.Should().ContainKey(FunctionSettings.TableNameVariable).WhoseValue.Should().Contain($"\"{TableId}\"");
        variables.Should().ContainKey(OrderQueues.QueueUrlVariable).WhoseValue.Should().Contain($"\"{QueueId}\"");
        variables.Should().ContainKey(KmsDataKeySource.KeyIdVariable).WhoseValue.Should().Contain($"\"{KeyId}\"");
    }
}
