using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Edge;

/// <summary>
/// The WAF rate rule's local stand-in, over real HTTP against a running stack with a tiny limit (3 requests per 60 s).
/// Each test is its own client address, so each starts with a full allowance.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class RateLimitTests(LocalEnvironmentFixture fixture)
{
    private Task<LocalEnvironmentHost> StackAsync() =>
        fixture.OwnStackAsync("ratelimit", "--rate-limit-permits", "3", "--rate-limit-window-seconds", "60");

    [Fact]
    public async Task FourthRequestInTheWindow_Is429ProblemDetails_WithRetryAfterAndRequestId()
    {
        using var client = LoopbackClient.From("127.0.0.11", (await StackAsync()).BaseAddress);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/health");
            allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var throttled = await client.GetAsync("/api/health");

        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var retryAfter = throttled.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
        throttled.Headers.GetValues("Retry-After").Single().Should().MatchRegex("^[0-9]+$", "whole seconds");
        var requestId = throttled.Headers.GetValues("x-request-id").Single();
        using var problem = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("Too Many Requests");
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(429);
        problem.RootElement.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        problem.RootElement.GetProperty("traceId").GetString().Should().Be(requestId);
    }

    [Fact]
    public async Task AnotherClientAddress_HasItsOwnAllowance_AndXForwardedForChangesNothing()
    {
        var stack = await StackAsync();
        using var first = LoopbackClient.From("127.0.0.12", stack.BaseAddress);
        using var second = LoopbackClient.From("127.0.0.13", stack.BaseAddress);
        await SpendAllowanceAsync(first);

        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { { "X-Forwarded-For", "198.51.100.7" } } };
        using var stillThrottled = await first.SendAsync(spoofed);
        using var other = await second.GetAsync("/api/health");

        stillThrottled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the partition is the connection's address, not a header a client writes");
        other.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryRequestCounts_NotOnlyTheApi()
    {
        using var client = LoopbackClient.From("127.0.0.14", (await StackAsync()).BaseAddress);
        foreach (var path in (string[])["/config.json", "/", "/images/covers/pocket-harvest-switch.svg"])
        {
            using var served = await client.GetAsync(path);
            served.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests, path);
        }

        using var config = await client.GetAsync("/config.json");
        using var api = await client.GetAsync("/api/health");

        config.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        api.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ThrottledWrite_WritesNothing()
    {
        var stack = await StackAsync();
        var table = stack.Services.GetRequiredService<LocalEnvironmentOptions>().TableName;
        using var client = LoopbackClient.From("127.0.0.15", stack.BaseAddress);
        using var control = LoopbackClient.From("127.0.0.16", stack.BaseAddress);
        var cartsBefore = await CartCountAsync(table);
        await SpendAllowanceAsync(client);

        using var throttled = await client.PutAsync("/api/cart/items/pocket-harvest-switch", Json("""{"quantity":1}"""));
        var cartsAfterThrottled = await CartCountAsync(table);
        using var allowed = await control.PutAsync("/api/cart/items/pocket-harvest-switch", Json("""{"quantity":1}"""));

        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Headers.Contains("x-cart-id").Should().BeFalse();
        cartsAfterThrottled.Should().Be(cartsBefore, "a throttled write never reaches the function");
        allowed.StatusCode.Should().Be(HttpStatusCode.OK, "the same write from a client with allowance left is served");
        (await CartCountAsync(table)).Should().Be(cartsBefore + 1, "so the count above would have seen a cart");
    }

    [Fact]
    public void TestStacks_RunWithoutTheRateRule()
    {
        fixture.Stack.Services.GetRequiredService<LocalEnvironmentOptions>().RateLimit.IsEnabled.Should().BeFalse();
    }

    private static async Task SpendAllowanceAsync(HttpClient client)
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/api/health");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var over = await client.GetAsync("/api/health");
        over.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    private async Task<int> CartCountAsync(string table)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await fixture.DynamoDb.Client.ScanAsync(new ScanRequest
            {
                TableName = table,
                FilterExpression = "begins_with(PK, :cart)",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":cart"] = new("CART#") },
                ExclusiveStartKey = start,
            });
            count += page.Count ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } ? page.LastEvaluatedKey : null;
        }
        while (start is not null);

        return count;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
