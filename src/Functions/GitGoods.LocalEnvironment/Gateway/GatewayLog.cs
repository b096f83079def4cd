using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed (request {RequestId}): API Gateway answers 500")]
    public static partial void FunctionFailed(this ILogger logger, Exception exception, string function, string requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} -> {Function} refused by the JWT authorizer: 401")]
    public static partial void Unauthorized(this ILogger logger, string method, string route, string function);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {Function} {Status} in {Milliseconds:F1} ms")]
    public static partial void Invoked(this ILogger logger, string method, string path, string function, int status, double milliseconds);
}
