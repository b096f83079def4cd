using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Identity;

/// <summary>What the identity provider logs: the action and its outcome, never a body, username or token.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Cognito {Action} -> {Status}")]
    public static partial void Answered(this ILogger logger, string action, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cognito {Action} -> 400 {ErrorType}")]
    public static partial void Refused(this ILogger logger, string action, string errorType);
}