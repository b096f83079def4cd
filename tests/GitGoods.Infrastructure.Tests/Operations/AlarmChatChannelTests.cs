using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Operations;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The Slack end of the alert path: an AWS Chatbot channel subscribed to the alarm topic exactly when the context names the
/// workspace and the channel, read-only CloudWatch at most, logging its errors; and a clear stop when only one key is given.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class AlarmChatChannelTests(SynthesizedGitGoods app)
{
    private const string SlackChannel = "AWS::Chatbot::SlackChannelConfiguration";
    private const string Workspace = "T0123ABCD";
    private const string Channel = "C0456EFGH";

    [Fact]
    public void WithoutSlackContext_NoTemplateHasAChatbotChannel()
    {
        app.Stack.Monitoring.Chat.Should().BeNull();
        app.AllTemplates.Values.SelectMany(t => TemplateJson.Resources(t, SlackChannel)).Should().BeEmpty();
    }

    [Fact]
    public void WithBothKeys_TheChannelSubscribesToTheAlarmTopic_ReadOnlyCloudWatch_LoggingErrors()
    {
        var monitoring = BareMonitoring.Create(SlackContext(Workspace, Channel));
        var template = Template.FromStack(monitoring);

        template.ResourceCountIs(SlackChannel, 1);
        template.HasResourceProperties(SlackChannel, Props(
            ("ConfigurationName", "Parent-alarms"),
            ("SlackWorkspaceId", Workspace),
            ("SlackChannelId", Channel),
            ("SnsTopicArns", new[] { Ref(TopicParameter(monitoring)) }),
            ("LoggingLevel", "ERROR"),
            ("UserRoleRequired", false)));
        var guardrails = TemplateJson.Resources(BareApp.Json(monitoring), SlackChannel).Single().Properties.GetProperty("GuardrailPolicies");
        guardrails.GetArrayLength().Should().Be(1);
        TemplateJson.Joined(guardrails[0]).Should().EndWith(":iam::aws:policy/CloudWatchReadOnlyAccess", "CDK's default guardrail would be AdministratorAccess");
    }

    [Fact]
    public void ChannelRole_MayOnlyReadCloudWatch()
    {
        var monitoring = BareMonitoring.Create(SlackContext(Workspace, Channel));
        var json = BareApp.Json(monitoring);

        var role = TemplateJson.Resources(json, "AWS::IAM::Role").Should().ContainSingle().Subject.Properties;
        role.GetProperty("AssumeRolePolicyDocument").Compact().Should().Contain("chatbot.amazonaws.com");
        var actions = role.GetProperty("Policies").EnumerateArray()
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .SelectMany(s => s.GetProperty("Action").ValueKind == JsonValueKind.Array
                ? s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)
                : [s.GetProperty("Action").GetString()!])
            .ToList();
        actions.Should().NotBeEmpty().And.OnlyContain(a => a.StartsWith("cloudwatch:Describe", StringComparison.Ordinal)
            || a.StartsWith("cloudwatch:Get", StringComparison.Ordinal) || a.StartsWith("cloudwatch:List", StringComparison.Ordinal));
        TemplateJson.Resources(json, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy").Should().BeEmpty("the role has its one inline policy and nothing else");
    }

    [Theory]
    [InlineData(Workspace, null, SlackChannelSettings.WorkspaceContextKey)]
    [InlineData(null, Channel, SlackChannelSettings.ChannelContextKey)]
    public void HalfGivenPair_StopsSynthesis_NamingBothKeys(string? workspace, string? channel, string givenKey)
    {
        var make = () => BareMonitoring.Create(SlackContext(workspace, channel));

        make.Should().Throw<ArgumentException>().WithMessage(
            $"*both CDK context keys '{SlackChannelSettings.WorkspaceContextKey}' and '{SlackChannelSettings.ChannelContextKey}'*only '{givenKey}' was given*");
    }

    [Fact]
    public void AChannelNameInsteadOfItsId_StopsSynthesis()
    {
        var make = () => BareMonitoring.Create(SlackContext(Workspace, "#shop-alarms"));

        make.Should().Throw<ArgumentException>().WithMessage($"*'{SlackChannelSettings.ChannelContextKey}' must be a Slack id*");
    }

    private static Dictionary<string, object> SlackContext(string? workspace, string? channel)
    {
        var context = new Dictionary<string, object>(StringComparer.Ordinal);
        if (workspace is not null)
        {
            context[SlackChannelSettings.WorkspaceContextKey] = workspace;
        }

        if (channel is not null)
        {
            context[SlackChannelSettings.ChannelContextKey] = channel;
        }

        return context;
    }

    /// <summary>The nested stack's parameter the parent fills with the alarm topic (the one parameter named after it).</summary>
    private static string TopicParameter(Amazon.CDK.NestedStack monitoring) =>
        BareApp.Json(monitoring).GetProperty("Parameters").EnumerateObject().Single(p => p.Name.Contains("AlarmsTopic", StringComparison.Ordinal)).Name;
}
