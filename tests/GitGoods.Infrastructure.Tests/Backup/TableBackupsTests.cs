using System.Globalization;
using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Backup;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Backup;

/// <summary>
/// The RPO of 12 hours on AWS: both tables in one AWS Backup plan that takes a recovery point every 12 hours into a vault
/// under its own rotating key, longer-kept daily and monthly points, point-in-time recovery still on, and an alarm that
/// tells the team within 10 minutes when a backup job fails.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class TableBackupsTests(SynthesizedGitGoods stack)
{
    private const string Plan = "AWS::Backup::BackupPlan";
    private const int DetectionObjectiveSeconds = 600;
    private const int HoursPerDay = 24;
    private const int RpoHours = 12;

    private string VaultId => stack.LogicalId(stack.Stack.Backups!.Vault);

    private Dictionary<string, object> VaultNameOfThisStack => GetAtt(VaultId, "BackupVaultName");

    [Fact]
    public void Plan_TakesARecoveryPointOfEveryTableEvery12HoursIntoTheVault()
    {
        var rule = Rule("Every12Hours");

        rule.GetProperty("ScheduleExpression").GetString().Should().Be("cron(0 0,12 * * ? *)");
        rule.GetProperty("TargetBackupVault").Compact().Should().Be(JsonSerializer.Serialize(VaultNameOfThisStack));
        HoursBetweenRuns(rule.GetProperty("ScheduleExpression").GetString()!).Should().OnlyContain(gap => gap == RpoHours);
        rule.GetProperty("Lifecycle").GetProperty("DeleteAfterDays").GetInt32().Should().Be(TableBackups.TwelveHourlyRetentionDays);
    }

    [Fact]
    public void Plan_KeepsADailyPointFor35DaysAndAMonthlyPointForAYear_TakenWithThe12HourlyOne()
    {
        var daily = Rule("Daily");
        var monthly = Rule("Monthly");

        daily.GetProperty("ScheduleExpression").GetString().Should().Be("cron(0 0 * * ? *)");
        monthly.GetProperty("ScheduleExpression").GetString().Should().Be("cron(0 0 1 * ? *)");
        daily.GetProperty("Lifecycle").GetProperty("DeleteAfterDays").GetInt32().Should().Be(35);
        monthly.GetProperty("Lifecycle").GetProperty("DeleteAfterDays").GetInt32().Should().Be(365);
        foreach (var rule in new[] { daily, monthly })
        {
            rule.GetProperty("TargetBackupVault").Compact().Should().Be(JsonSerializer.Serialize(VaultNameOfThisStack));
        }

        Rules().Should().HaveCount(3, "the 12-hourly, daily and monthly rules, no more");
    }

    [Fact]
    public void EveryRule_StartsWithinAnHour_AndFinishesLongBeforeTheNextRun()
    {
        foreach (var rule in Rules())
        {
            var start = rule.GetProperty("StartWindowMinutes").GetInt32();
            var completion = rule.GetProperty("CompletionWindowMinutes").GetInt32();

            start.Should().Be(TableBackups.StartWindowMinutes).And.Be(60, "AWS Backup's shortest start window keeps points within 13 h of each other");
            completion.Should().Be(TableBackups.CompletionWindowMinutes).And.BeGreaterThan(start);
            (start + completion).Should().BeLessThan(RpoHours * 60, "two jobs of one table must not overlap");
        }
    }

    [Fact]
    public void Vault_IsEncryptedWithItsOwnRotatingKey_AndBothAreRetained_AndRecoveryPointsCannotBeDeletedByHand()
    {
        var keyId = stack.LogicalId(stack.Stack.Backups!.VaultKey);
        var vault = stack.Resources("AWS::Backup::BackupVault");

        vault.Should().ContainSingle().Which.Key.Should().Be(VaultId);
        stack.Template.HasResource("AWS::Backup::BackupVault", Props(
            ("Properties", Match.ObjectLike(Props(("EncryptionKeyArn", GetAtt(keyId, "Arn"))))),
            ("DeletionPolicy", "Retain")));
        var key = stack.Resources("AWS::KMS::Key")[keyId];
        key.GetProperty("Properties").GetProperty("EnableKeyRotation").GetBoolean().Should().BeTrue();
        key.GetProperty("DeletionPolicy").GetString().Should().Be("Retain", "recovery points outlive the stack, so their key must");
        key.GetProperty("UpdateReplacePolicy").GetString().Should().Be("Retain");
        stack.Template.HasResourceProperties("AWS::Backup::BackupVault", Props(
            ("AccessPolicy", Props(("Statement", Match.ArrayWith([Match.ObjectLike(Props(
                ("Effect", "Deny"),
                ("Action", Match.ArrayWith(["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"]))))]))))));
    }

    [Fact]
    public void Selection_ListsTheShopTableAndTheIdempotencyTableByArn_InOneSelectionWithOneRole()
    {
        var selection = stack.Resources("AWS::Backup::BackupSelection").Should().ContainSingle().Which.Value
            .GetProperty("Properties").GetProperty("BackupSelection");
        string[] expected =
        [
            JsonSerializer.Serialize(GetAtt(stack.LogicalId(stack.Stack.Table!.Table), "Arn")),
            JsonSerializer.Serialize(GetAtt(stack.LogicalId(stack.Stack.Idempotency!.Table), "Arn")),
        ];

        selection.GetProperty("Resources").EnumerateArray().Select(r => r.Compact()).Should().BeEquivalentTo(expected);
        selection.GetProperty("IamRoleArn").Compact().Should().Be(JsonSerializer.Serialize(GetAtt(stack.LogicalId(stack.Stack.Backups!.Role), "Arn")));
        stack.Resources(Plan).Should().ContainSingle();
    }

    [Fact]
    public void Role_IsAssumedByAwsBackup_BacksUpAndRestores_AndUsesTheVaultKey()
    {
        var roleId = stack.LogicalId(stack.Stack.Backups!.Role);
        var role = stack.Resources("AWS::IAM::Role")[roleId].GetProperty("Properties");

        role.GetProperty("AssumeRolePolicyDocument").Compact().Should().Contain("\"Service\":\"backup.amazonaws.com\"");
        role.GetProperty("ManagedPolicyArns").Compact().Should()
            .Contain("service-role/AWSBackupServiceRolePolicyForBackup").And.Contain("service-role/AWSBackupServiceRolePolicyForRestores");
        var keyPolicy = stack.Resources("AWS::KMS::Key")[stack.LogicalId(stack.Stack.Backups!.VaultKey)]
            .GetProperty("Properties").GetProperty("KeyPolicy").GetProperty("Statement").EnumerateArray().ToList();
        var forRole = keyPolicy.Should().ContainSingle(s => s.GetProperty("Principal").Compact().Contains($"\"{roleId}\"", StringComparison.Ordinal)).Which;
        forRole.GetProperty("Effect").GetString().Should().Be("Allow");
        IamJson.Actions(forRole).Should().BeEquivalentTo(TableBackups.VaultKeyActions).And.Contain(["kms:Decrypt", "kms:GenerateDataKey*"]);
        stack.RoleStatements().Where(s => s.Role == roleId).Should().BeEmpty("the key policy grants the key; the role needs no policy of its own");
    }

    [Fact]
    public void BothTables_KeepPointInTimeRecoveryOnInEveryReplica()
    {
        var tables = stack.Resources("AWS::DynamoDB::GlobalTable");

        tables.Keys.Should().BeEquivalentTo(stack.LogicalId(stack.Stack.Table!.Table), stack.LogicalId(stack.Stack.Idempotency.Table));
        foreach (var table in tables.Values)
        {
            table.GetProperty("Properties").GetProperty("Replicas").EnumerateArray()
                .Select(r => r.GetProperty("PointInTimeRecoverySpecification").GetProperty("PointInTimeRecoveryEnabled").GetBoolean())
                .Should().NotBeEmpty().And.OnlyContain(enabled => enabled);
        }
    }

    [Fact]
    public void FailedJobsAlarm_DetectsWithinTenMinutes_AndNotifiesTheTeamsTopic()
    {
        var alarm = stack.Resources("AWS::CloudWatch::Alarm")[stack.LogicalId(stack.Stack.Backups!.FailedJobsAlarm)].GetProperty("Properties");

        alarm.GetProperty("Namespace").GetString().Should().Be("AWS/Backup");
        alarm.GetProperty("MetricName").GetString().Should().Be("NumberOfBackupJobsFailed");
        alarm.GetProperty("Dimensions").Compact().Should().Be(JsonSerializer.Serialize(new object[] { Props(("Name", "BackupVaultName"), ("Value", VaultNameOfThisStack)) }));
        alarm.GetProperty("Statistic").GetString().Should().Be("Sum");
        alarm.GetProperty("Threshold").GetDouble().Should().Be(1);
        alarm.GetProperty("ComparisonOperator").GetString().Should().Be("GreaterThanOrEqualToThreshold");
        (alarm.GetProperty("Period").GetInt32() * alarm.GetProperty("EvaluationPeriods").GetInt32())
            .Should().BeLessThanOrEqualTo(DetectionObjectiveSeconds);
        alarm.GetProperty("AlarmActions").Compact().Should().Be(JsonSerializer.Serialize(new object[] { Ref(stack.LogicalId(stack.Stack.Alarms.Topic)) }));
    }

    [Fact]
    public void Stack_OutputsTheVaultNameAndTheRestoreRole_AndNamesThePlanAfterItsPath()
    {
        stack.Template.HasOutput("BackupVaultName", Props(("Value", VaultNameOfThisStack)));
        stack.Template.HasOutput("BackupRoleArn", Props(("Value", GetAtt(stack.LogicalId(stack.Stack.Backups!.Role), "Arn"))));
        var name = stack.Resources(Plan).Values.Single().GetProperty("Properties").GetProperty("BackupPlan").GetProperty("BackupPlanName").GetString();
        name.Should().StartWith(stack.Stack.StackName).And.MatchRegex("^[A-Za-z0-9_.-]{1,50}$");
    }

    private IReadOnlyList<JsonElement> Rules() =>
        [.. stack.Resources(Plan).Values.Single().GetProperty("Properties").GetProperty("BackupPlan").GetProperty("BackupPlanRule").EnumerateArray()];

    private JsonElement Rule(string name) =>
        Rules().Should().ContainSingle(r => r.GetProperty("RuleName").GetString() == name).Which;

    /// <summary>The hours between consecutive runs of a daily cron expression <c>cron(0 h1,h2,… * * ? *)</c>, round the clock.</summary>
    private static IReadOnlyList<int> HoursBetweenRuns(string cron)
    {
        var fields = cron["cron(".Length..^1].Split(' ');
        fields[0].Should().Be("0");
        fields[2..].Should().Equal("*", "*", "?", "*");
        var hours = fields[1].Split(',').Select(h => int.Parse(h, CultureInfo.InvariantCulture)).Order().ToList();
        return [.. hours.Select((h, i) => (i + 1 < hours.Count ? hours[i + 1] : hours[0] + HoursPerDay) - h)];
    }
}
