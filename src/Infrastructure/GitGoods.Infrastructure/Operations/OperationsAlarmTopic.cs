using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The team's alarm topic: every alarm that guards the 10-minute detection objective notifies it. Subscribe the
/// on-call e-mail or chat integration after deployment (the topic ARN is a stack output); the stack holds no addresses.
/// </summary>
public sealed class OperationsAlarmTopic : Construct
{
    public OperationsAlarmTopic(Construct scope, string id)
        : base(scope, id)
    {
        Topic = new Topic(this, "Topic", new TopicProps
        {
            DisplayName = "Git Goods operations alarms",
            EnforceSSL = true,
        });

        // A topic policy replaces SNS's default one, so CloudWatch is allowed by name: this account's alarms only.
        // (It also makes CDK write the EnforceSSL deny, which it adds only to a topic that has a policy.)
        var stack = Stack.Of(this);
        _ = Topic.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "CloudWatchAlarmsOfThisAccount",
            Effect = Effect.ALLOW,
            Principals = [new ServicePrincipal("cloudwatch.amazonaws.com")],
            Actions = ["sns:Publish"],
            Resources = [Topic.TopicArn],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["aws:SourceAccount"] = stack.Account },
                ["ArnLike"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["aws:SourceArn"] = stack.FormatArn(new ArnComponents
                    {
                        Service = "cloudwatch",
                        Resource = "alarm",
                        ResourceName = "*",
                        ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
                    }),
                },
            },
        }));
    }

    public Topic Topic { get; }

    /// <summary>Sends <paramref name="alarm"/>'s ALARM notifications to the team (a metric alarm or a composite one).</summary>
    public void Notify(AlarmBase alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        alarm.AddAlarmAction(new SnsAction(Topic));
    }

    /// <summary>
    /// Sends <paramref name="alarm"/>'s ALARM and its return to OK: for the paging alarm, whose recovery tells the on-call person the
    /// incident's symptoms are gone. The single signals send ALARM only, so one incident does not fill the channel twice over.
    /// </summary>
    public void NotifyWithRecovery(AlarmBase alarm)
    {
        Notify(alarm);
        alarm.AddOkAction(new SnsAction(Topic));
    }
}
