using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>
/// Stripe's HTTP API on real Kestrel (127.0.0.1, a free port), as Stripe documents it: Bearer key or 401; form-encoded
/// bodies; an Idempotency-Key's first answer kept and replayed (another body under the same key: 400 idempotency_error;
/// the same key while its first request still runs: 409 idempotency_key_in_use). Tests can script failures before any
/// processing (<see cref="FailNext"/>) and stall a request (<see cref="StallNext"/>) to play a timeout without sleeping.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fakeKey0123456789abcdef";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Fingerprint, int Status, string Body)> _replays = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private readonly Queue<int> _failures = new();
    private readonly Queue<StalledRequest> _stalls = new();
    private readonly List<StalledRequest> _allStalls = [];
    private readonly List<StripeRequest> _requests = [];

    private FakeStripeServer(WebApplication app)
    {
        _app = app;
        app.MapPost("/{**path}", HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Stripe's state; read it under no concurrent call (after the adapter returned).</summary>
    public FakeStripeApi Api { get; } = new();

    public IReadOnlyList<StripeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeStripeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new FakeStripeServer(builder.Build());
        await server._app.StartAsync();
        server.BaseUrl = new Uri(server._app.Urls.First() + "/");
        return server;
    }

    /// <summary>The next <paramref name="times"/> requests get <paramref name="status"/> before any processing (a load balancer's answer).</summary>
    public void FailNext(int status, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Enqueue(status);
            }
        }
    }

    /// <summary>The next request waits for <see cref="StalledRequest.Release"/>: before it is processed (its key stays in use) or after (its answer is kept, but not sent yet).</summary>
    public StalledRequest StallNext(bool beforeProcessing)
    {
        var stall = new StalledRequest(beforeProcessing);
        lock (_gate)
        {
            _stalls.Enqueue(stall);
            _allStalls.Add(stall);
        }

        return stall;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _allStalls.ForEach(s => s.Release());
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string path)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var request = new StripeRequest("/" + path, context.Request.Headers.Authorization.ToString(), context.Request.Headers["Idempotency-Key"].ToString(),
            context.Request.Headers["Stripe-Version"].ToString(), context.Request.ContentType ?? "", form);
        var key = request.IdempotencyKey;
        var fingerprint = request.Path + "?" + string.Join("&", form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));
        StalledRequest? stall = null;
        (int Status, string Body, bool Replayed)? immediate = null;
        lock (_gate)
        {
            _requests.Add(request);
            if (_failures.TryDequeue(out var failure))
            {
                immediate = (failure, """{"error":{"type":"api_error"}}""", false);
            }
            else if (request.Authorization != "Bearer " + SecretKey)
            {
                immediate = (401, """{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****cdef"}}""", false);
            }
            else if (_replays.TryGetValue(key, out var replay))
            {
                immediate = replay.Fingerprint == fingerprint
                    ? (replay.Status, replay.Body, true)
                    : (400, """{"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters."}}""", false);
            }
            else if (!_inFlight.Add(key))
            {
                immediate = (409, """{"error":{"type":"idempotency_error","code":"idempotency_key_in_use"}}""", false);
            }
            else
            {
                _stalls.TryDequeue(out stall);
            }
        }

        if (immediate is { } answered)
        {
            await Respond(context, answered.Status, answered.Body, answered.Replayed);
            return;
        }

        await (stall is { BeforeProcessing: true } ? stall.HoldAsync() : Task.CompletedTask);
        (int Status, string Body) answer;
        lock (_gate)
        {
            var (status, body) = Api.Answer(request.Path, form);
            answer = (status, body.ToJsonString());
            _replays[key] = (fingerprint, answer.Status, answer.Body);
            _inFlight.Remove(key);
        }

        stall?.MarkProcessed();

        await (stall is { BeforeProcessing: false } ? stall.HoldAsync() : Task.CompletedTask);
        await Respond(context, answer.Status, answer.Body);
    }

    private static async Task Respond(HttpContext context, int status, string body, bool replayed = false)
    {
        try
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (replayed)
            {
                context.Response.Headers["Idempotent-Replayed"] = "true";
            }

            await context.Response.WriteAsync(body);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client gave up (its timeout): Stripe's work stands regardless.
        }
    }
}
