using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// Where the alarm notifications go in Slack, from the CDK context: <see cref="WorkspaceContextKey"/> (the workspace's id, as
/// AWS Chatbot shows it once the workspace is authorised in the Chatbot console) and <see cref="ChannelContextKey"/> (the channel's
/// id, in Slack's channel details). Both or neither: one without the other is a typo or a half-done setup, and synthesis stops.
/// </summary>
/// <param name="WorkspaceId">The Slack workspace (team) id, e.g. <c>T0123ABCD</c>.</param>
/// <param name="ChannelId">The Slack channel id, e.g. <c>C0456EFGH</c>.</param>
public sealed record SlackChannelSettings(string WorkspaceId, string ChannelId)
{
    public const string WorkspaceContextKey = "slackWorkspaceId";
    public const string ChannelContextKey = "slackChannelId";

    /// <summary>The settings, or null when neither key is given (then no Chatbot channel is made).</summary>
    /// <exception cref="ArgumentException">When only one key is given, or a value is not a Slack id.</exception>
    public static SlackChannelSettings? FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var workspace = CdkContext.String(node, WorkspaceContextKey);
        var channel = CdkContext.String(node, ChannelContextKey);
        return (workspace, channel) switch
        {
            (null, null) => null,
            (not null, not null) => new SlackChannelSettings(SlackId(workspace, WorkspaceContextKey), SlackId(channel, ChannelContextKey)),
            _ => throw new ArgumentException(
                $"Slack alarm notifications need both CDK context keys '{WorkspaceContextKey}' and '{ChannelContextKey}', "
                + $"but only '{(workspace is null ? ChannelContextKey : WorkspaceContextKey)}' was given. Give both "
                + $"(-c {WorkspaceContextKey}=T... -c {ChannelContextKey}=C...) or neither (no Slack channel).", nameof(node)),
        };
    }

    /// <summary>Slack ids are upper-case letters and digits; anything else is a pasted name or URL.</summary>
    private static string SlackId(string value, string key) =>
        value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            ? value
            : throw new ArgumentException($"CDK context '{key}' must be a Slack id (upper-case letters and digits, e.g. T0123ABCD), not '{value}'.", nameof(key));
}
