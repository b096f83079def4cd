using System.Diagnostics;
using System.Text.Json;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// The API Gateway stand-in: matches the route, builds the payload 2.0 event, calls the function through
/// <see cref="ILambdaFunction.InvokeAsync"/> (the entry point the Lambda bootstrap uses) — for an HTTP function, its
/// equivalent <see cref="IHttpFunction.InvokeHttpAsync"/> with the event as an object — and writes its response.
/// A route that requires a token is guarded by <see cref="JwtAuthorizer"/>: a missing or bad token is API
/// Gateway's 401 <c>{"message":"Unauthorized"}</c> and the function is not invoked.
/// </summary>
public sealed class GatewayEndpoint(
    GatewayRouteTable routes, JwtAuthorizer authorizer, FunctionLoggers functionLoggers, TimeProvider time, ILogger<GatewayEndpoint> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _arns = new(StringComparer.Ordinal);

    /// <summary>API Gateway's request payload limit.</summary>
    public const int MaxBodyBytes = 10 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = RequestIds.New();
        var request = context.Request;
        var body = await GatewayBody.ReadAsync(request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await GatewayResponseWriter.WriteGatewayErrorAsync(context.Response, 413, "Request Entity Too Large", requestId);
            return;
        }

        var match = routes.Match(request.Method, request.PathBase.Add(request.Path).Value ?? "/");
        if (match is null)
        {
            await GatewayResponseWriter.WriteGatewayErrorAsync(context.Response, 404, "Not Found", requestId);
            return;
        }

        var definition = match.Route.Definition;
        var (refused, identity) = await AuthorizeAsync(context, match, requestId);
        if (refused)
        {
            return;
        }

        var now = time.GetUtcNow();
        var gatewayEvent = GatewayEventBuilder.Build(request, body.Value, match, requestId, now);
        gatewayEvent.RequestContext.Authorizer = identity;
        var traceId = TraceHeader(gatewayEvent, now);
        var lambda = new LambdaContext(Guid.NewGuid().ToString(), definition.Name, "$LATEST", definition.MemoryMb,
            FunctionArn(definition.Name), traceId,
            now.AddSeconds(definition.TimeoutSeconds)) { Logger = functionLoggers.For(definition) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(definition.TimeoutSeconds));
        ApiGatewayHttpResponse response;
        var started = Stopwatch.GetTimestamp();
        try
        {
            response = await InvokeAsync(match.Route.Function, gatewayEvent, lambda, timeout.Token);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // As on AWS: a function error is API Gateway's bare 500, and the detail only reaches the logs.
            logger.FunctionFailed(e, definition.Name, requestId);
            await GatewayResponseWriter.WriteGatewayErrorAsync(context.Response, 500, "Internal Server Error", requestId);
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.Invoked(request.Method, gatewayEvent.RawPath, definition.Name, response.StatusCode, elapsed);
        await GatewayResponseWriter.WriteAsync(context.Response, response, requestId, context.RequestAborted);
    }

    /// <summary>
    /// API Gateway's JWT authorizer, on routes that require a token: a refusal is answered here (401), so the
    /// function is never invoked. Public routes get no authorizer context whatever Authorization header came.
    /// </summary>
    private async Task<(bool Refused, ApiGatewayAuthorizer? Identity)> AuthorizeAsync(HttpContext context, GatewayMatch match, string requestId)
    {
        if (!match.Route.Trigger.RequiresToken)
        {
            return (false, null);
        }

        var decision = authorizer.Authorize(context.Request);
        if (decision.Context is not null)
        {
            return (false, decision.Context);
        }

        logger.Unauthorized(context.Request.Method, match.Route.RouteKey, match.Route.Definition.Name);
        if (!string.IsNullOrEmpty(decision.Challenge))
        {
            context.Response.Headers.WWWAuthenticate = decision.Challenge;
        }

        await GatewayResponseWriter.WriteGatewayErrorAsync(context.Response, 401, "Unauthorized", requestId);
        return (true, null);
    }

    /// <summary>
    /// Calls the function. An HTTP function is handed the event object (<see cref="IHttpFunction.InvokeHttpAsync"/>): the
    /// same code its Lambda entry runs between parsing the event and serializing the response, without doing either —
    /// and the response is taken as the byte path would take it (an object without a status code is the body itself).
    /// Any other function gets the event's JSON, as the Lambda runtime hands it over.
    /// </summary>
    private static async Task<ApiGatewayHttpResponse> InvokeAsync(ILambdaFunction function, ApiGatewayHttpRequest gatewayEvent,
        LambdaContext lambda, CancellationToken cancellationToken)
    {
        if (function is IHttpFunction http)
        {
            var response = await http.InvokeHttpAsync(gatewayEvent, lambda, cancellationToken);
            return response is { StatusCode: > 0 }
                ? response
                : ReadResponse(JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.ApiGatewayHttpResponse));
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(gatewayEvent, HostingJsonContext.Default.ApiGatewayHttpRequest);
        return ReadResponse(await function.InvokeAsync(payload, lambda, cancellationToken));
    }

    /// <summary>
    /// Reads the function's output. Like API Gateway, output without a statusCode is taken as a 200 JSON body.
    /// </summary>
    private static ApiGatewayHttpResponse ReadResponse(byte[] result)
    {
        // One parse on the hot path: a response object always has a statusCode (at least 100); anything else —
        // another object, an array, a bare value — is the body itself.
        try
        {
            if (JsonSerializer.Deserialize(result, HostingJsonContext.Default.ApiGatewayHttpResponse) is { StatusCode: > 0 } response)
            {
                return response;
            }
        }
        catch (JsonException)
        {
            // Not a response object (an array or a bare value). Output that is not JSON at all is a function error,
            // as on AWS: this parse throws and the caller answers 500.
            JsonDocument.Parse(result).Dispose();
        }

        return new ApiGatewayHttpResponse
        {
            StatusCode = 200,
            Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["content-type"] = "application/json" },
            Body = System.Text.Encoding.UTF8.GetString(result),
        };
    }

    private string FunctionArn(string name) =>
        _arns.GetOrAdd(name, static n => $"arn:aws:lambda:ap-southeast-1:{GatewayEventBuilder.AccountId}:function:{n}");

    private static string TraceHeader(ApiGatewayHttpRequest gatewayEvent, DateTimeOffset now)
    {
        var headers = gatewayEvent.Headers!;
        if (!headers.TryGetValue("x-amzn-trace-id", out var trace))
        {
            trace = RequestIds.TraceHeader(now);
            headers["x-amzn-trace-id"] = trace;
        }

        return trace;
    }
}
