using System.Text.Json;
using GitGoods.Domain.Operations;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Health;

namespace GitGoods.Functions.Tests.Health;

/// <summary>GET /api/health/ready: 200 with every check up, else 503 problem+json with Retry-After and the same checks.</summary>
public class ReadinessHandlerTests
{
    [Fact]
    public async Task EveryDependencyUp_Is200Ready_WithEachCheck()
    {
        var handler = new ReadinessHandler([new Check("table"), new Check("queue"), new Check("keys"), new Check("payments", note: "simulated: configured, no health call")],
            TimeProvider.System);

        var response = await handler.HandleAsync(Requests.Get("/api/health/ready"), Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(200);
        response.Headers!["cache-control"].Should().Be("no-store");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("status").GetString().Should().Be("ready");
        var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => c.GetProperty("name").GetString()).Should().Equal("table", "queue", "keys", "payments");
        checks.Should().OnlyContain(c => c.GetProperty("status").GetString() == "up" && c.GetProperty("latencyMs").GetInt32() >= 0);
        checks[3].GetProperty("detail").GetString().Should().Be("simulated: configured, no health call");
        checks[0].TryGetProperty("detail", out _).Should().BeFalse("no note, no member");
    }

    [Fact]
    public async Task ADependencyDown_Is503Problem_NamingIt_WithRetryAfterAndTheChecks()
    {
        var handler = new ReadinessHandler([new Check("table", failure: new HttpRequestException("refused")), new Check("queue"), new Check("keys"), new Check("payments")],
            TimeProvider.System);

        var response = await handler.HandleAsync(Requests.Get("/api/health/ready"), Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(503);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        response.Headers["retry-after"].Should().Be("2");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("status").GetInt32().Should().Be(503);
        body.RootElement.GetProperty("title").GetString().Should().Be("Service Unavailable");
        body.RootElement.GetProperty("detail").GetString().Should().Be("Not ready: table down.");
        var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        checks["table"].GetProperty("status").GetString().Should().Be("down");
        checks["table"].GetProperty("detail").GetString().Should().Be(nameof(HttpRequestException));
        checks["queue"].GetProperty("status").GetString().Should().Be("up");
    }

    [Fact]
    public async Task ACheckThatNeverAnswers_IsDownAfterTheCheckTimeout_WithoutHoldingUpTheOthers()
    {
        var handler = new ReadinessHandler([new Check("queue", hangs: true), new Check("table")], TimeProvider.System);

        var response = await handler.HandleAsync(Requests.Get("/api/health/ready"), Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(503);
        using var body = JsonDocument.Parse(response.Body!);
        var queue = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "queue");
        queue.GetProperty("status").GetString().Should().Be("down");
        queue.GetProperty("detail").GetString().Should().StartWith("no answer within");
    }

    private sealed class Check(string name, Exception? failure = null, string? note = null, bool hangs = false) : IDependencyCheck
    {
        public string Name => name;

        public async Task<string?> CheckAsync(CancellationToken cancellationToken)
        {
            if (hangs)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return failure is null ? note : throw failure;
        }
    }
}
