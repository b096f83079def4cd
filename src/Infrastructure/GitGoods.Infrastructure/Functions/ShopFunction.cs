using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;

using Constructs;

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// One Lambda function with the defaults every Git Goods function shares: the Native AOT bootstrap on
/// provided.al2023, X-Ray tracing, a log group with retention, the Powertools-style settings, and an errors alarm.
/// Outside any VPC unless a <see cref="FunctionNetwork"/> is given.
/// </summary>
public sealed class ShopFunction : Construct
{
    public const string ServiceName = "gitgoods";
    public const string MetricsNamespace = "GitGoods";

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

        // Detection within 10 minutes (the SLO): errors in 3 of the last 5 minutes. Notification targets come later.
        ErrorsAlarm = Function.MetricErrors(new MetricOptions { Period = Duration.Minutes(1), Statistic = Stats.SUM })
            .CreateAlarm(this, "Errors", new CreateAlarmOptions
            {
                AlarmDescription = $"{definition.Name} is failing invocations.",
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                EvaluationPeriods = 5,
                DatapointsToAlarm = 3,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            });
    }

    public Function Function { get; }

    public Alarm ErrorsAlarm { get; }
}
