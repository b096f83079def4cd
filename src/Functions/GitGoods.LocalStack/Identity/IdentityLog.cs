using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.Identity;

/// <summary>What the identity provider logs: the action and its outcome, never a body, username or token.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Cognito {Action} -> {Status}")]
    public static partial void Answered(this ILogger logger, string action, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cognito {Action} -> 400 {ErrorType}")]
    public static partial void Refused(this ILogger logger, string action, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the local user pool's signing key (kid {KeyId})")]
    public static partial void KeyCreated(this ILogger logger, string keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo users")]
    public static partial void DemoUsersSeeded(this ILogger logger, int count);
}
