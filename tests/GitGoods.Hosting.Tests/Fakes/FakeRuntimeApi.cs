using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>
/// A Lambda Runtime API on real Kestrel (127.0.0.1, free port): serves queued events to <c>/next</c> and
/// records what the runtime posts back, completing a task per invocation so tests wait on events, not sleeps.
/// Also compiled into the cold-start benchmark, so it depends on nothing test-specific.
/// </summary>
public sealed class FakeRuntimeApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeInvocation> _pending = Channel.CreateUnbounded<FakeInvocation>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RuntimeApiPost>> _results = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<RuntimeApiPost> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WaitCounter _waiting = new();
    private readonly ConcurrentDictionary<string, long> _askedAt = new(StringComparer.Ordinal);

    private FakeRuntimeApi(WebApplication app)
    {
        _app = app;
        app.MapGet("/2018-06-01/runtime/invocation/next", NextAsync);
        app.MapPost("/2018-06-01/runtime/invocation/{requestId}/response", context => RecordAsync(context, isError: false));
        app.MapPost("/2018-06-01/runtime/invocation/{requestId}/error", context => RecordAsync(context, isError: true));
        app.MapPost("/2018-06-01/runtime/init/error", RecordInitErrorAsync);
    }

    /// <summary>The <c>host:port</c> to put in <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>When set, every call is answered with this status (to test that the runtime exits on a 500).</summary>
    public HttpStatusCode? FailEveryCallWith { get; set; }

    /// <summary>When set, <c>/response</c> posts are recorded but answered with this status (413: too large).</summary>
    public HttpStatusCode? RejectResponsesWith { get; set; }

    /// <summary>Completes when the runtime posts <c>/init/error</c>.</summary>
    public Task<RuntimeApiPost> InitError => _initError.Task;

    public static async Task<FakeRuntimeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var api = new FakeRuntimeApi(builder.Build());
        await api._app.StartAsync().ConfigureAwait(false);
        api.Address = new Uri(api._app.Urls.First()).Authority;
        return api;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which a runtime asked <c>/next</c> and got this event: its init ended there.</summary>
    public long? AskedAt(string requestId) => _askedAt.TryGetValue(requestId, out var asked) ? asked : null;

    /// <summary>Queues an event; the task completes when the runtime posts its response or error.</summary>
    public Task<RuntimeApiPost> Enqueue(FakeInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var result = _results.GetOrAdd(invocation.RequestId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending.Writer.TryWrite(invocation);
        return result.Task;
    }

    /// <summary>
    /// Completes when no runtime is waiting on <c>/next</c>. After killing a runtime, wait for this before queueing
    /// the next event, or the dead runtime's request (not yet seen as aborted) could take it.
    /// </summary>
    public Task WhenNoRuntimeWaits() => _waiting.WhenZero();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task NextAsync(HttpContext context)
    {
        if (Refused(context))
        {
            return;
        }

        var asked = Stopwatch.GetTimestamp();
        FakeInvocation invocation;
        _waiting.Enter();
        try
        {
            invocation = await _pending.Reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            _waiting.Leave();
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            // The runtime that asked is gone (killed): keep the event for the next one.
            _pending.Writer.TryWrite(invocation);
            return;
        }

        _askedAt[invocation.RequestId] = asked;
        invocation.WriteHeaders(context.Response.Headers);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(invocation.Payload, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task RecordAsync(HttpContext context, bool isError)
    {
        var received = Stopwatch.GetTimestamp();
        if (Refused(context))
        {
            return;
        }

        var requestId = (string)context.Request.RouteValues["requestId"]!;
        var post = await ReadPostAsync(context, requestId, isError, received).ConfigureAwait(false);
        _results.GetOrAdd(requestId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(post);
        context.Response.StatusCode = !isError && RejectResponsesWith is { } status ? (int)status : StatusCodes.Status202Accepted;
    }

    private async Task RecordInitErrorAsync(HttpContext context)
    {
        var received = Stopwatch.GetTimestamp();
        if (Refused(context))
        {
            return;
        }

        _initError.TrySetResult(await ReadPostAsync(context, "", isError: true, received).ConfigureAwait(false));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private bool Refused(HttpContext context)
    {
        if (FailEveryCallWith is { } status)
        {
            context.Response.StatusCode = (int)status;
            return true;
        }

        return false;
    }

    private static async Task<RuntimeApiPost> ReadPostAsync(HttpContext context, string requestId, bool isError, long received)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var errorType = context.Request.Headers["Lambda-Runtime-Function-Error-Type"].ToString();
        return new RuntimeApiPost(requestId, isError, string.IsNullOrEmpty(errorType) ? null : errorType,
            context.Request.ContentType, body.ToArray(), received);
    }
}
