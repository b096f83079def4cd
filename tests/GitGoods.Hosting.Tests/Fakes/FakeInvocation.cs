using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>An event the fake Runtime API hands out, with the headers Lambda would send.</summary>
public sealed record FakeInvocation(string RequestId, byte[] Payload)
{
    public string? TraceId { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public string FunctionArn { get; init; } = "arn:aws:lambda:ap-southeast-1:123456789012:function:test";

    /// <summary>The <c>Lambda-Runtime-*</c> headers of <c>GET /next</c>.</summary>
    public void WriteHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers["Lambda-Runtime-Aws-Request-Id"] = RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = DateTimeOffset.UtcNow.Add(Timeout).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = FunctionArn;
        if (TraceId is not null)
        {
            headers["Lambda-Runtime-Trace-Id"] = TraceId;
        }
    }
}

/// <summary>What the runtime posted back: a response, an invocation error or an init error.</summary>
/// <param name="ReceivedTimestamp">A <see cref="System.Diagnostics.Stopwatch"/> timestamp taken on arrival.</param>
public sealed record RuntimeApiPost(string RequestId, bool IsError, string? ErrorType, string? ContentType, byte[] Body, long ReceivedTimestamp)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
