using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;

using Constructs;

using CronOptions = Amazon.CDK.AWS.Events.CronOptions;
using Schedule = Amazon.CDK.AWS.Events.Schedule;

namespace GitGoods.Infrastructure.Backup;

/// <summary>
/// AWS Backup for the shop's tables (docs/decisions/0022-backups-and-restore.md, docs/runbooks/restore.md): one vault
/// encrypted with its own customer-managed key, one plan whose rules take a recovery point of every table every
/// 12 hours (the RPO of 12 hours, should point-in-time recovery be unusable), one selection listing the tables by ARN
/// with one role that both backs up and restores, and an alarm on failed backup jobs for the team's topic.
/// Point-in-time recovery stays on in the table constructs: it is the first line (seconds to minutes of loss), these
/// recovery points the second, kept longer and apart from the tables.
/// </summary>
public sealed class TableBackups : Construct
{
    /// <summary>Recovery points of the 12-hourly rule are kept a week: long enough to notice a slow corruption.</summary>
    public const int TwelveHourlyRetentionDays = 7;

    /// <summary>The 00:00 UTC point of each day is kept 35 days: as far back as PITR reaches, but apart from the table.</summary>
    public const int DailyRetentionDays = 35;

    /// <summary>The point of the first of each month is kept a year, for an audit or a late-found fault.</summary>
    public const int MonthlyRetentionDays = 365;

    /// <summary>
    /// A job that has not started an hour after its schedule is given up (AWS Backup's shortest start window), so the
    /// gap between two recovery points stays within 12 h + 1 h.
    /// </summary>
    public const int StartWindowMinutes = 60;

    /// <summary>
    /// A started job must finish within 4 hours: a DynamoDB backup of this size takes minutes, and 4 h keeps two jobs of
    /// one table from ever overlapping on the 12-hour cadence.
    /// </summary>
    public const int CompletionWindowMinutes = 240;

    /// <summary>AWS Backup reports job counts every 5 minutes; one period keeps detection within the 10-minute objective.</summary>
    public const int FailedJobsAlarmPeriodMinutes = 5;

    /// <summary>What the backup role may do with the vault key (granted in the key policy).</summary>
    public static readonly IReadOnlyList<string> VaultKeyActions =
        ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];

    private const int MaxPlanNameLength = 50;

    public TableBackups(Construct scope, string id, IReadOnlyList<ITableV2> tables)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            throw new ArgumentException("Name at least one table to back up.", nameof(tables));
        }

        VaultKey = new Key(this, "VaultKey", new KeyProps
        {
            Description = "Git Goods: encrypts the recovery points of the shop's DynamoDB tables in their AWS Backup vault.",
            EnableKeyRotation = true,
            // Recovery points outlive the stack (the vault is retained), so the key that opens them must too.
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        Vault = new BackupVault(this, "Vault", new BackupVaultProps
        {
            EncryptionKey = VaultKey,
            RemovalPolicy = RemovalPolicy.RETAIN,
            // Nobody, not even an administrator whose credentials leak, deletes or shortens a recovery point: the lifecycle does.
            BlockRecoveryPointDeletion = true,
        });
        Plan = new BackupPlan(this, "Plan", new BackupPlanProps
        {
            // Plan names are unique per account and region, and CDK's default is the bare construct id: derive one from
            // the construct path instead (as CDK does for the vault), so two stacks in one account never collide.
            BackupPlanName = Names.UniqueResourceName(this, new UniqueResourceNameOptions { MaxLength = MaxPlanNameLength }),
            BackupVault = Vault,
            BackupPlanRules = Rules(Vault),
        });
        Role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("backup.amazonaws.com"),
            Description = "AWS Backup's role for the Git Goods tables: takes their recovery points and restores them (docs/runbooks/restore.md).",
        });
        _ = Plan.AddSelection("Tables", new BackupSelectionOptions
        {
            Resources = [.. tables.Select(t => BackupResource.FromArn(t.TableArn))],
            Role = Role,
            AllowRestores = true,
        });
        // DynamoDB backups with AWS Backup's advanced features are written to, and read from, the vault with its key.
        // Granted in the key's own policy, not in an IAM policy of the role: no extra resource, and the stack's IAM
        // policies keep naming no KMS action but those of the personal-data key.
        _ = VaultKey.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "AwsBackupRoleUsesTheVaultKey",
            Effect = Effect.ALLOW,
            Principals = [new ArnPrincipal(Role.RoleArn)],
            Actions = [.. VaultKeyActions],
            Resources = ["*"],
        }));
        FailedJobsAlarm = CreateFailedJobsAlarm(Vault);
        AddOutputs();
    }

    public Key VaultKey { get; }

    public BackupVault Vault { get; }

    public BackupPlan Plan { get; }

    /// <summary>The role AWS Backup assumes for backups and restores (<c>--iam-role-arn</c> of <c>start-restore-job</c>).</summary>
    public Role Role { get; }

    /// <summary>A backup job of the vault failed: the next recovery point is 12 hours away, so someone must look now.</summary>
    public Alarm FailedJobsAlarm { get; }

    /// <summary>
    /// Every 12 hours, plus a daily and a monthly rule at the same hour. Rules of one plan whose windows overlap make one
    /// recovery point, kept as long as the longest of them (AWS Backup's documented behaviour), so the extra rules add
    /// retention, not jobs.
    /// </summary>
    private static BackupPlanRule[] Rules(IBackupVault vault) =>
    [
        Rule(vault, "Every12Hours", Schedule.Cron(new CronOptions { Minute = "0", Hour = "0,12" }), TwelveHourlyRetentionDays),
        Rule(vault, "Daily", Schedule.Cron(new CronOptions { Minute = "0", Hour = "0" }), DailyRetentionDays),
        Rule(vault, "Monthly", Schedule.Cron(new CronOptions { Minute = "0", Hour = "0", Day = "1" }), MonthlyRetentionDays),
    ];

    private static BackupPlanRule Rule(IBackupVault vault, string name, Schedule schedule, int retentionDays) =>
        new(new BackupPlanRuleProps
        {
            RuleName = name,
            BackupVault = vault,
            ScheduleExpression = schedule,
            StartWindow = Duration.Minutes(StartWindowMinutes),
            CompletionWindow = Duration.Minutes(CompletionWindowMinutes),
            DeleteAfter = Duration.Days(retentionDays),
        });

    private Alarm CreateFailedJobsAlarm(BackupVault vault) =>
        new Metric(new MetricProps
        {
            Namespace = "AWS/Backup",
            MetricName = "NumberOfBackupJobsFailed",
            DimensionsMap = new Dictionary<string, string>(StringComparer.Ordinal) { ["BackupVaultName"] = vault.BackupVaultName },
            Period = Duration.Minutes(FailedJobsAlarmPeriodMinutes),
            Statistic = Stats.SUM,
        })
        .CreateAlarm(this, "FailedJobs", new CreateAlarmOptions
        {
            AlarmDescription = "An AWS Backup job of the shop's tables failed: no recovery point for 12 hours. "
                + "See `aws backup list-backup-jobs --by-state FAILED` and docs/runbooks/restore.md.",
            Threshold = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            EvaluationPeriods = 1,
            DatapointsToAlarm = 1,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        });

    // Outputs with fixed names, so the runbook's commands can read them from the stack.
    private void AddOutputs()
    {
        new CfnOutput(this, "VaultNameOutput", new CfnOutputProps
        {
            Value = Vault.BackupVaultName,
            Description = "AWS Backup vault of the shop's tables (docs/runbooks/restore.md).",
        }).OverrideLogicalId("BackupVaultName");
        new CfnOutput(this, "RoleArnOutput", new CfnOutputProps
        {
            Value = Role.RoleArn,
            Description = "Role for aws backup start-restore-job --iam-role-arn (docs/runbooks/restore.md).",
        }).OverrideLogicalId("BackupRoleArn");
    }
}
