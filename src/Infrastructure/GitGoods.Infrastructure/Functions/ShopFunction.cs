using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;

using Constructs;

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// One Lambda function with the defaults every Git Goods function shares: the Native AOT bootstrap on
/// provided.al2023, X-Ray tracing, a log group with retention, the Powertools-style settings, the manifest's reserved
/// concurrency, and an errors alarm. Outside any VPC unless a <see cref="FunctionNetwork"/> is given.
/// Every trigger calls <see cref="Live"/>, an alias on the published version, never the function itself: a deploy
/// publishes a new version and CodeDeploy shifts the alias to it as a canary (<see cref="FunctionDeployments"/>).
/// </summary>
public sealed class ShopFunction : Construct
{
    public const string ServiceName = "gitgoods";
    public const string MetricsNamespace = "GitGoods";

    /// <summary>The alias every trigger invokes; CodeDeploy moves it from the running version to the new one.</summary>
    public const string LiveAliasName = "live";

    public ShopFunction(Construct scope, string id, FunctionDefinition definition, Code code, FunctionNetwork? network = null)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var logs = new LogGroup(this, "Logs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH });

        Function = new Function(this, "Function", new FunctionProps
        {
            Runtime = Runtime.PROVIDED_AL2023,
            // Stated on purpose: the bootstrap is published for linux-x64. arm64 (Graviton) would need a
            // cross-compiling Native AOT toolchain (linux-arm64 clang, sysroot) that the build machines lack.
            Architecture = Architecture.X86_64,
            // The custom runtime reads _HANDLER to pick the manifest entry this instance hosts.
            Handler = definition.Name,
            Code = code,
            MemorySize = definition.MemoryMb,
            Timeout = Duration.Seconds(definition.TimeoutSeconds),
            Description = string.IsNullOrEmpty(definition.Description) ? null : definition.Description,
            ReservedConcurrentExecutions = definition.ReservedConcurrency,
            // A version the alias no longer points to is deleted once the stack update that replaced it completes, so
            // versions do not pile up against Lambda's code storage quota (each holds the whole bootstrap). A canary in
            // progress still has its old version: CloudFormation cleans up only after the traffic shift has finished.
            CurrentVersionOptions = new VersionOptions { RemovalPolicy = RemovalPolicy.DESTROY },
            Tracing = Tracing.ACTIVE,
            LogGroup = logs,
            Vpc = network?.Vpc,
            VpcSubnets = network?.Subnets,
            SecurityGroups = network is null ? null : [network.SecurityGroup],
            Environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["POWERTOOLS_SERVICE_NAME"] = ServiceName,
                ["POWERTOOLS_METRICS_NAMESPACE"] = MetricsNamespace,
                ["POWERTOOLS_LOG_LEVEL"] = "INFO",
            },
        });

        Live = new Alias(this, "Live", new AliasProps
        {
            AliasName = LiveAliasName,
            Version = Function.CurrentVersion,
            Description = "What every trigger invokes; CodeDeploy shifts it to each new version as a canary.",
        });
        ErrorsAlarm = CreateErrorsAlarm(definition.Name);
    }

    public Function Function { get; }

    /// <summary>The <see cref="LiveAliasName"/> alias: API routes, rules, stream mappings and the order workflow invoke this.</summary>
    public Alias Live { get; }

    /// <summary>Errors of every version of the function; also a rollback alarm of its canary deployments.</summary>
    public Alarm ErrorsAlarm { get; }

    /// <summary>
    /// Detection within 10 minutes (the SLO): errors in 3 of the last 5 minutes. The metric has no version dimension, so
    /// during a canary it counts the new version's errors with the old one's.
    /// </summary>
    private Alarm CreateErrorsAlarm(string name) =>
        Function.MetricErrors(new MetricOptions { Period = Duration.Minutes(1), Statistic = Stats.SUM })
            .CreateAlarm(this, "Errors", new CreateAlarmOptions
            {
                AlarmDescription = $"{name} is failing invocations.",
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                EvaluationPeriods = 5,
                DatapointsToAlarm = 3,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            });
}
