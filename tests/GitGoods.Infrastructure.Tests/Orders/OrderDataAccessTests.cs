using System.Text.Json;

using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Queues;
using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>
/// Least privilege for the checkout's resources, from the manifest's <see cref="DataAccess"/> flags only: the idempotency
/// table, the personal-data key and the order queues reach exactly the functions that ask for them (and the pipe).
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class OrderDataAccessTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> ManifestNames => [.. FunctionManifest.All.Select(f => f.Name)];

    private string KeyId => stack.LogicalId(stack.Stack.PersonalDataKey.Key!);

    private string IdempotencyTableId => stack.LogicalId(stack.Stack.Idempotency.Table);

    private string QueueId => stack.LogicalId(stack.Stack.OrderQueues.Queue);

    private string DeadLetterQueueId => stack.LogicalId(stack.Stack.OrderQueues.DeadLetterQueue);

    [Fact]
    public void Manifest_HasFunctionsForEveryFlag_ElseTheseTestsWouldLookAtNothing()
    {
        Names(a => a.Idempotency).Should().Equal("PlaceOrder");
        Names(a => a.PersonalData.HasFlag(PersonalDataAccess.Seal)).Should().Contain("PlaceOrder");
        Names(a => a.PersonalData.HasFlag(PersonalDataAccess.Open)).Should().Contain(["GetOrder", "ConfirmOrder"]);
        Names(a => a.SendsOrders).Should().Contain(["PlaceOrder", "RelayOrderOutbox"]);
        Names(a => a.DeadLetters).Should().Contain(["ListDeadLetters", "RedriveDeadLetters"]);
    }

    [Fact]
    public void Key_RotatesAndIsRetained()
    {
        var key = stack.Resources("AWS::KMS::Key")[KeyId];
        key.GetProperty("Properties").GetProperty("EnableKeyRotation").GetBoolean().Should().BeTrue();
        key.GetProperty("DeletionPolicy").GetString().Should().Be("Retain");
        stack.Template.HasResourceProperties("AWS::KMS::Alias", Cfn.Props(
            ("AliasName", PersonalDataKey.AliasName),
            ("TargetKeyId", Cfn.GetAtt(KeyId, "Arn"))));
    }

    [Fact]
    public void OnlySealFunctions_MayGenerateDataKeys_WithThePurposeContext() =>
        KmsActionIsExactlyFor("kms:GenerateDataKey", PersonalDataAccess.Seal);

    [Fact]
    public void OnlyOpenFunctions_MayDecrypt_WithThePurposeContext() =>
        KmsActionIsExactlyFor("kms:Decrypt", PersonalDataAccess.Open);

    [Fact]
    public void NoRole_GetsAnyOtherKeyAction_OrTheKeyWithoutTheCondition()
    {
        var personalDataRoles = RolesOf(a => a.PersonalData != PersonalDataAccess.None);
        // DescribeKey (the readiness check, which reads no data) is checked by ReadinessAccessTests.
        var onKey = stack.RoleStatements()
            .Where(s => IamJson.MentionsResource(s.Statement, KeyId) && !IamJson.Actions(s.Statement).SequenceEqual(["kms:DescribeKey"])).ToList();

        onKey.Should().NotBeEmpty().And.OnlyContain(s => personalDataRoles.Contains(s.Role), "nobody but personal-data functions gets the key");
        onKey.SelectMany(s => IamJson.Actions(s.Statement)).Should().OnlyContain(a => a == "kms:GenerateDataKey" || a == "kms:Decrypt");
        onKey.Should().OnlyContain(s => HasPurposeCondition(s.Statement));
        stack.RoleStatements().SelectMany(s => IamJson.Actions(s.Statement))
            .Should().NotContain(a => a.StartsWith("kms:", StringComparison.Ordinal) && !(a == "kms:GenerateDataKey" || a == "kms:Decrypt" || a == "kms:DescribeKey"));
    }

    [Fact]
    public void IdempotencyTable_HasTheStoreKeyAndTtl_AndIsRetained()
    {
        var table = stack.Resources("AWS::DynamoDB::GlobalTable")[IdempotencyTableId];
        var properties = table.GetProperty("Properties");
        var key = properties.GetProperty("KeySchema").EnumerateArray().Should().ContainSingle().Subject;
        key.GetProperty("AttributeName").GetString().Should().Be("id");
        key.GetProperty("KeyType").GetString().Should().Be("HASH");
        properties.GetProperty("TimeToLiveSpecification").GetProperty("AttributeName").GetString().Should().Be("expiration");
        properties.GetProperty("TimeToLiveSpecification").GetProperty("Enabled").GetBoolean().Should().BeTrue();
        properties.GetProperty("BillingMode").GetString().Should().Be("PAY_PER_REQUEST");
        properties.GetProperty("Replicas")[0].GetProperty("PointInTimeRecoverySpecification").GetProperty("PointInTimeRecoveryEnabled").GetBoolean().Should().BeTrue();
        table.GetProperty("DeletionPolicy").GetString().Should().Be("Retain");
    }

    [Fact]
    public void OnlyIdempotencyFunctions_TouchTheIdempotencyTable_WithTheStoreCallsOnly()
    {
        var onTable = stack.RoleStatements().Where(s => IamJson.MentionsResource(s.Statement, IdempotencyTableId)).ToList();

        onTable.Select(s => s.Role).Distinct().Should().BeEquivalentTo(RolesOf(a => a.Idempotency));
        onTable.SelectMany(s => IamJson.Actions(s.Statement)).Should().BeEquivalentTo(IdempotencyTableConstruct.StoreActions);
    }

    [Fact]
    public void OnlySendsOrdersAndDeadLettersFunctions_MaySendToTheOrderQueue()
    {
        var senders = stack.RoleStatements()
            .Where(s => IamJson.MentionsResource(s.Statement, QueueId) && IamJson.Actions(s.Statement).Any(a => a.StartsWith("sqs:Send", StringComparison.Ordinal)))
            .ToList();

        senders.Select(s => s.Role).Distinct().Should().BeEquivalentTo(RolesOf(a => a.SendsOrders || a.DeadLetters));
        senders.SelectMany(s => IamJson.Actions(s.Statement)).Should().OnlyContain(a => a == "sqs:SendMessage");
    }

    [Fact]
    public void FunctionRoles_OnTheOrderQueue_OnlySend()
    {
        var functionRoles = RolesOf(a => !a.Readiness);
        stack.RoleStatements()
            .Where(s => functionRoles.Contains(s.Role) && IamJson.MentionsResource(s.Statement, QueueId))
            .SelectMany(s => IamJson.Actions(s.Statement))
            .Should().OnlyContain(a => a == "sqs:SendMessage", "only the pipe receives from the order queue");
    }

    [Fact]
    public void OnlyDeadLettersFunctions_TouchTheDeadLetterQueue()
    {
        var onDeadLetters = stack.RoleStatements().Where(s => IamJson.MentionsResource(s.Statement, DeadLetterQueueId)).ToList();

        onDeadLetters.Select(s => s.Role).Distinct().Should().BeEquivalentTo(RolesOf(a => a.DeadLetters));
        onDeadLetters.SelectMany(s => IamJson.Actions(s.Statement)).Distinct()
            .Should().BeEquivalentTo(["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:DeleteMessage"]);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_GetsTheVariablesOfWhatItMayTouch_AndNoOthers(string name)
    {
        var access = FunctionManifest.Find(name)!.Access;
        var variables = stack.FunctionEnvironment(name);

        Expect(variables, FunctionSettings.IdempotencyTableVariable, access.Idempotency, IdempotencyTableId);
        Expect(variables, KmsDataKeySource.KeyIdVariable, access.PersonalData != PersonalDataAccess.None || access.Readiness, KeyId);
        Expect(variables, OrderQueues.QueueUrlVariable, access.SendsOrders || access.DeadLetters || access.Readiness, QueueId);
        Expect(variables, OrderQueues.DeadLetterQueueUrlVariable, access.DeadLetters, DeadLetterQueueId);
        variables.Should().NotContainKey(FunctionSettings.PersonalDataKeyFileVariable, "the local key file never stands in for KMS on AWS");
    }

    private static void Expect(IReadOnlyDictionary<string, string> variables, string variable, bool expected, string logicalId)
    {
        if (expected)
        {
            variables.Should().ContainKey(variable).WhoseValue.Should().Contain($"\"{logicalId}\"");
        }
        else
        {
            variables.Should().NotContainKey(variable);
        }
    }

    private void KmsActionIsExactlyFor(string action, PersonalDataAccess flag)
    {
        var granted = stack.RoleStatements().Where(s => IamJson.Actions(s.Statement).Contains(action)).ToList();

        granted.Select(s => s.Role).Distinct().Should().BeEquivalentTo(RolesOf(a => a.PersonalData.HasFlag(flag)));
        granted.Should().OnlyContain(s => HasPurposeCondition(s.Statement) && IamJson.IsAllow(s.Statement));
        granted.Should().OnlyContain(s => IamJson.Resources(s.Statement).Count == 1 && IamJson.MentionsResource(s.Statement, KeyId));
    }

    private static bool HasPurposeCondition(JsonElement statement) =>
        statement.TryGetProperty("Condition", out var condition)
        && condition.TryGetProperty("StringEquals", out var equals)
        && equals.TryGetProperty(PersonalDataKey.PurposeConditionKey, out var purpose)
        && purpose.GetString() == KmsDataKeySource.Purpose;

    private static List<string> Names(Func<DataAccess, bool> predicate) =>
        [.. FunctionManifest.All.Where(f => predicate(f.Access)).Select(f => f.Name)];

    private HashSet<string> RolesOf(Func<DataAccess, bool> predicate) =>
        new(Names(predicate).Select(stack.FunctionRoleLogicalId), StringComparer.Ordinal);
}
