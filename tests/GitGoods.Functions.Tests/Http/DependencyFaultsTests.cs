using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Payments;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using Polly.CircuitBreaker;

namespace GitGoods.Functions.Tests.Http;

/// <summary>
/// The outermost layer of every HTTP function: a dependency that cannot answer becomes 503 problem+json with Retry-After;
/// a bug stays a function error (so the Errors metric and the rollback alarm see it).
/// </summary>
public class DependencyFaultsTests
{
    public static TheoryData<Exception> Outages() =>
    [
        new ProvisionedThroughputExceededException("throttled") { ErrorCode = "ProvisionedThroughputExceededException", StatusCode = HttpStatusCode.BadRequest },
        new AmazonDynamoDBException("down", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))),
        new BrokenCircuitException("open"),
        new PaymentUnavailableException("provider down"),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task ADependencyOutage_Is503ProblemDetails_WithRetryAfter(Exception outage)
    {
        var lines = new CollectingLines();
        var context = Requests.Context with { Logger = lines.Logger() };

        var response = await new DependencyFaults(new Throwing(outage)).HandleAsync(Requests.Get("/api/products"), context, CancellationToken.None);

        response.StatusCode.Should().Be(503);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        response.Headers["retry-after"].Should().Be(DependencyFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var problem = JsonDocument.Parse(response.Body!);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(503);
        problem.RootElement.GetProperty("title").GetString().Should().Be("Service Unavailable");
        problem.RootElement.GetProperty("traceId").GetString().Should().Be("req-1");
        lines.Lines.Should().ContainSingle(l => l.Contains("answered 503", StringComparison.Ordinal) && l.Contains(outage.GetType().Name, StringComparison.Ordinal));
    }

    public static TheoryData<Exception> Bugs() =>
    [
        new InvalidOperationException("TABLE_NAME is not set: this function needs the shop table."),
        new FormatException("bad cursor"),
        new AmazonDynamoDBException("One or more parameter values were invalid") { ErrorCode = "ValidationException", StatusCode = HttpStatusCode.BadRequest },
    ];

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task ABug_StaysAFunctionError(Exception bug)
    {
        var handler = new DependencyFaults(new Throwing(bug));

        var thrown = await FluentActions.Awaiting(() => handler.HandleAsync(Requests.Get("/api/products"), Requests.Context, CancellationToken.None))
            .Should().ThrowAsync<Exception>();

        thrown.Which.Should().BeSameAs(bug);
    }

    [Fact]
    public async Task AnOutageAfterTheCallerGaveUp_IsNotTurnedInto503()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var handler = new DependencyFaults(new Throwing(new BrokenCircuitException("open")));

        await FluentActions.Awaiting(() => handler.HandleAsync(Requests.Get("/api/products"), Requests.Context, cancelled.Token))
            .Should().ThrowAsync<BrokenCircuitException>();
    }

    [Fact]
    public async Task WorkThatWouldOutliveTheDeadline_IsStoppedBeforeIt_And503()
    {
        var hanging = new Hanging();
        var context = Requests.Context with { Deadline = DateTimeOffset.UtcNow.AddSeconds(2.5) };

        var response = await new DependencyFaults(hanging).HandleAsync(Requests.Get("/api/orders"), context, CancellationToken.None);

        response.StatusCode.Should().Be(503, "a Lambda timeout would be API Gateway's bare 500");
        response.Headers!["retry-after"].Should().NotBeNullOrEmpty();
        hanging.WasCancelled.Should().BeTrue("the handler's token is cancelled, so its work stops");
        DateTimeOffset.UtcNow.Should().BeBefore(context.Deadline, "the answer comes before the runtime would stop the invocation");
    }

    [Fact]
    public async Task AnAnswer_PassesThroughUnchanged()
    {
        var response = await new DependencyFaults(new GitGoods.Health.HealthHandler())
            .HandleAsync(Requests.Get("/api/health"), Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(200);
        response.Body.Should().Be("{\"status\":\"ok\"}");
    }

    private sealed class Hanging : IHttpHandler
    {
        public bool WasCancelled { get; private set; }

        public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                WasCancelled = true;
                throw;
            }

            throw new InvalidOperationException("unreachable");
        }
    }

    private sealed class Throwing(Exception exception) : IHttpHandler
    {
        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken) =>
            Task.FromException<ApiGatewayHttpResponse>(exception);
    }
}
