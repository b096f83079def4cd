using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CodeDeploy;
using Amazon.CDK.AWS.IAM;

using Constructs;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// Blue/green the serverless way: one CodeDeploy application and, per function, a deployment group on its
/// <see cref="ShopFunction.Live"/> alias. When a deploy publishes a new version, CloudFormation hands the alias update to
/// CodeDeploy (the alias's CodeDeployLambdaAliasUpdate policy), which sends 10% of invocations to the new version for five
/// minutes and then all of them. A rollback alarm in ALARM during that time, or a failed or stopped deployment, moves the
/// alias back to the old version and fails the stack update, which CloudFormation then rolls back.
/// Every group shares one service role: a role per group would cost a resource per function against CloudFormation's
/// 500-resource limit, for the same AWS-managed policy.
/// </summary>
public sealed class FunctionDeployments : Construct
{
    /// <summary>CodeDeploy refuses a deployment group with more alarms than this.</summary>
    public const int MaxAlarmsPerGroup = 10;

    private readonly Dictionary<string, LambdaDeploymentGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<IAlarm>> _alarms = new(StringComparer.Ordinal);

    /// <summary>
    /// CDK context: <c>canary</c> (default) or <c>allAtOnce</c>. The pipeline's test stage and the warm standby shift all at
    /// once: the test stage's gate is the smoke test, and the standby's canary would watch almost no traffic for five minutes.
    /// </summary>
    public const string TrafficShiftContextKey = "functionTrafficShift";
    public const string CanaryShift = "canary";
    public const string AllAtOnceShift = "allAtOnce";

    public FunctionDeployments(Construct scope, string id)
        : base(scope, id)
    {
        Config = (CdkContext.String(Node, TrafficShiftContextKey) ?? CanaryShift) switch
        {
            CanaryShift => Canary,
            AllAtOnceShift => LambdaDeploymentConfig.ALL_AT_ONCE,
            var other => throw new ArgumentException(
                $"CDK context '{TrafficShiftContextKey}' must be '{CanaryShift}' or '{AllAtOnceShift}', not '{other}'.", nameof(scope)),
        };
        Application = new LambdaApplication(this, "Application");
        Role = new Role(this, "ServiceRole", new RoleProps
        {
            Description = "CodeDeploy shifting the functions' live aliases (canary deployments).",
            AssumedBy = new ServicePrincipal("codedeploy.amazonaws.com"),
            // Read alarms, read and update aliases; nothing else (each group adds the same policy again, once).
            ManagedPolicies = [ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSCodeDeployRoleForLambdaLimited")],
        });
    }

    /// <summary>
    /// Ten percent of invocations for five minutes, then all of them. Five minutes is long enough for a broken version to
    /// fail the 3-of-5-minutes errors alarm when it fails at once, short enough that a deploy of every function (they run
    /// in parallel) stays inside the pipeline's 30-minute objective.
    /// </summary>
    public static ILambdaDeploymentConfig Canary => LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES;

    /// <summary>How this stack's groups shift: <see cref="Canary"/>, or all at once by context (<see cref="TrafficShiftContextKey"/>).</summary>
    public ILambdaDeploymentConfig Config { get; }

    public LambdaApplication Application { get; }

    /// <summary>The one service role of every deployment group.</summary>
    public Role Role { get; }

    /// <summary>The deployment groups by manifest name.</summary>
    public IReadOnlyDictionary<string, LambdaDeploymentGroup> Groups => _groups;

    /// <summary>Adds the deployment group of <paramref name="function"/>, rolled back by its own errors alarm.</summary>
    public LambdaDeploymentGroup Add(string name, ShopFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var group = new LambdaDeploymentGroup(this, name, new LambdaDeploymentGroupProps
        {
            Application = Application,
            Alias = function.Live,
            DeploymentConfig = Config,
            Role = Role,
            Alarms = [function.ErrorsAlarm],
            AutoRollback = new AutoRollbackConfig { FailedDeployment = true, DeploymentInAlarm = true },
        });
        _groups.Add(name, group);
        _alarms.Add(name, new HashSet<IAlarm>(ReferenceEqualityComparer.Instance) { function.ErrorsAlarm });
        return group;
    }

    /// <summary>Adds <paramref name="alarm"/> to the rollback alarms of the groups named (once: CodeDeploy refuses a name listed twice).</summary>
    /// <exception cref="KeyNotFoundException">A name without a deployment group.</exception>
    /// <exception cref="InvalidOperationException">A group would have more than <see cref="MaxAlarmsPerGroup"/> alarms.</exception>
    public void AddRollbackAlarm(IAlarm alarm, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            var alarms = _alarms.TryGetValue(name, out var a) ? a
                : throw new KeyNotFoundException($"No function named {name} has a deployment group.");
            if (alarms.Contains(alarm))
            {
                continue;
            }

            if (alarms.Count == MaxAlarmsPerGroup)
            {
                throw new InvalidOperationException(
                    $"The deployment group of {name} has {MaxAlarmsPerGroup} rollback alarms already, CodeDeploy's limit: combine some of them into one.");
            }

            _groups[name].AddAlarm(alarm);
            _ = alarms.Add(alarm);
        }
    }
}
