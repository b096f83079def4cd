namespace GitGoods.Hosting.Runtime;

/// <summary>One event handed out by <c>GET /runtime/invocation/next</c>, with its <c>Lambda-Runtime-*</c> headers.</summary>
public sealed record RuntimeInvocation(
    string RequestId,
    DateTimeOffset Deadline,
    string InvokedFunctionArn,
    string? TraceId,
    string? ClientContext,
    string? CognitoIdentity,
    byte[] Payload);
