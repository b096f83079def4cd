using Amazon.CDK.AWS.Chatbot;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The alarm topic's way into Slack: an AWS Chatbot Slack channel configuration subscribed to the topic. Chatbot posts each
/// alarm with its graph; people in the channel may run read-only CloudWatch commands and nothing else: the channel's role may
/// only read CloudWatch (what the alarm charts need), and its guardrail, the AWS-managed CloudWatchReadOnlyAccess policy, caps
/// whatever a role could ever be given. Chatbot logs only its errors (delivery failures) to CloudWatch Logs.
/// </summary>
public sealed class AlarmChatChannel : Construct
{
    /// <summary>The guardrail: the most any command from the channel may do.</summary>
    public const string GuardrailPolicyName = "CloudWatchReadOnlyAccess";

    /// <param name="configurationName">The configuration's name: unique in the account, so it carries the stack's name.</param>
    public AlarmChatChannel(Construct scope, string id, SlackChannelSettings settings, ITopic topic, string configurationName)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(topic);
        var role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("chatbot.amazonaws.com"),
            Description = "AWS Chatbot in the alarm channel: reads CloudWatch to show alarms and their graphs.",
            InlinePolicies = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal)
            {
                ["ReadCloudWatch"] = new(new PolicyDocumentProps
                {
                    Statements =
                    [
                        new PolicyStatement(new PolicyStatementProps
                        {
                            Effect = Effect.ALLOW,
                            // Chatbot's documented notification permissions: read alarms and metrics; CloudWatch has no
                            // resource-level permissions for these reads, so the resource is "*".
                            Actions = ["cloudwatch:Describe*", "cloudwatch:Get*", "cloudwatch:List*"],
                            Resources = ["*"],
                        }),
                    ],
                }),
            },
        });

        Channel = new SlackChannelConfiguration(this, "Slack", new SlackChannelConfigurationProps
        {
            SlackChannelConfigurationName = configurationName,
            SlackWorkspaceId = settings.WorkspaceId,
            SlackChannelId = settings.ChannelId,
            NotificationTopics = [topic],
            Role = role,
            GuardrailPolicies = [ManagedPolicy.FromAwsManagedPolicyName(GuardrailPolicyName)],
            LoggingLevel = LoggingLevel.ERROR,
            UserRoleRequired = false,
        });
    }

    public SlackChannelConfiguration Channel { get; }
}
