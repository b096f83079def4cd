using System.Diagnostics;
using System.Text.Json.Nodes;
using GitGoods.Composition;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Faults;

/// <summary>
/// Kills (SIGKILL) each engine of a stack that runs its own engines while shoppers keep placing orders, and checks what
/// issue 14 asks: answers while it is down are 503 problem+json with Retry-After (never another 5xx), the readiness
/// endpoint names the dependency that is down, service comes back with no restart by hand (the stack restarts the
/// engine), and every order that got a 202 ends CONFIRMED or REJECTED with the stock consistent.
/// </summary>
public sealed class EngineKillTests(OwnEnginesStack fixture, ITestOutputHelper output) : IClassFixture<OwnEnginesStack>
{
    private const int Shoppers = 4;
    private const int Stock = 60;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private LocalEnvironmentHost Stack => fixture.Stack;

    [Fact]
    public async Task KillingDynamoDbLocal_Answers503_ReadinessSaysTableDown_AndEveryAcceptedOrderSettles()
    {
        var engine = Stack.Services.GetRequiredService<DynamoDbEngine>();
        var restartsBefore = engine.Restarts;
        var product = await NewProductAsync(Stack, Stock);
        await using var load = new ShopperLoad(Stack, product, Shoppers);
        await using var readiness = new ReadinessWatch(Stack, load);
        await Eventually.HoldsAsync(() => load.Accepted.Count >= 5, Deadline, "orders are accepted before the kill");

        var killedAt = Kill(engine.ProcessId ?? throw new InvalidOperationException("The stack runs no DynamoDB Local."), load);
        await Eventually.HoldsAsync(() => engine.Restarts > restartsBefore, Deadline, "the stack restarts DynamoDB Local");
        await Eventually.HoldsAsync(() => Placed2xxAfter(load, killedAt), Deadline, "an order is accepted again after the kill");
        await Eventually.HoldsAsync(() => readiness.ReadyAfter(killedAt), Deadline, "the readiness endpoint says ready again");
        var acceptedAfterRecovery = load.Accepted.Count + 3;
        await Eventually.HoldsAsync(() => load.Accepted.Count >= acceptedAfterRecovery, Deadline, "orders keep being accepted");
        await load.StopAsync();
        await readiness.StopAsync();

        Report("DynamoDB Local", load, readiness, killedAt);
        AssertOnly503sAsServerErrors(load, expectSome: true);
        readiness.DownNames().Should().Contain("table", "the readiness endpoint must say the table is down while DynamoDB Local is");
        await AssertEveryAcceptedOrderSettlesAsync(load, product);
        fixture.Log.Text.Should().Contain("DynamoDB Local restarted at");
    }

    [Fact]
    public async Task KillingFauxqs_NeverAnswers5xxButServiceUnavailable_ReadinessSaysQueueDown_AndEveryAcceptedOrderSettles()
    {
        var engine = Stack.Services.GetRequiredService<SqsEngine>();
        var restartsBefore = engine.Restarts;
        var product = await NewProductAsync(Stack, Stock);
        await using var load = new ShopperLoad(Stack, product, Shoppers);
        await using var readiness = new ReadinessWatch(Stack, load);
        await Eventually.HoldsAsync(() => load.Accepted.Count >= 5, Deadline, "orders are accepted before the kill");

        var killedAt = Kill(engine.ProcessId ?? throw new InvalidOperationException("The stack runs no fauxqs."), load);
        await Eventually.HoldsAsync(() => engine.Restarts > restartsBefore, Deadline, "the stack restarts fauxqs");
        await Eventually.HoldsAsync(() => Placed2xxAfter(load, killedAt), Deadline, "an order is accepted after the kill");
        await Eventually.HoldsAsync(() => readiness.ReadyAfter(killedAt), Deadline, "the readiness endpoint says ready again");
        var acceptedAfterRecovery = load.Accepted.Count + 3;
        await Eventually.HoldsAsync(() => load.Accepted.Count >= acceptedAfterRecovery, Deadline, "orders keep being accepted");
        await load.StopAsync();
        await readiness.StopAsync();

        Report("fauxqs", load, readiness, killedAt);
        // Placing an order does not need the queue (the outbox relay hands it off later), so 503s are allowed, not required.
        AssertOnly503sAsServerErrors(load, expectSome: false);
        readiness.DownNames().Should().Contain("queue", "the readiness endpoint must say the queue is down while fauxqs is");
        await AssertEveryAcceptedOrderSettlesAsync(load, product);
        fixture.Log.Text.Should().Contain("fauxqs restarted at");
    }

    /// <summary>SIGKILLs the engine (Process.Kill on Unix); returns when, on the load's clock.</summary>
    private static TimeSpan Kill(int pid, ShopperLoad load)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: false);
        return load.Now;
    }

    private static bool Placed2xxAfter(ShopperLoad load, TimeSpan killedAt) =>
        load.Answers.Any(a => a.Call == "place" && a.At > killedAt && a.Status is >= 200 and < 300);

    private void Report(string engine, ShopperLoad load, ReadinessWatch readiness, TimeSpan killedAt)
    {
        var after = load.Answers.Where(a => a.At > killedAt).OrderBy(a => a.At).ToList();
        var firstPlaced = after.FirstOrDefault(a => a.Call == "place" && a.Status is >= 200 and < 300);
        var ready = readiness.FirstReadyAfter(killedAt);
        output.WriteLine($"{engine}: killed at {killedAt.TotalSeconds:F2} s; first 2xx order {((firstPlaced?.At ?? killedAt) - killedAt).TotalSeconds:F2} s after the kill;"
            + $" readiness ready again {((ready ?? killedAt) - killedAt).TotalSeconds:F2} s after; answers {load.Answers.Count}:"
            + $" {string.Join(", ", load.Answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))};"
            + $" accepted {load.Accepted.Count}; readiness 503s {readiness.DownAnswers}");
        foreach (var line in fixture.Log.Lines.Where(l => l.Contains(engine, StringComparison.Ordinal) || l.Contains("PENDING", StringComparison.Ordinal)
            || l.Contains("\"level\":\"ERROR\"", StringComparison.OrdinalIgnoreCase) || l.Contains("fail:", StringComparison.Ordinal)))
        {
            output.WriteLine(line.Length > 400 ? line[..400] : line);
        }
    }

    private static void AssertOnly503sAsServerErrors(ShopperLoad load, bool expectSome)
    {
        var serverErrors = load.Answers.Where(a => a.Status >= 500).ToList();
        serverErrors.Should().OnlyContain(a => a.Status == 503, "a dependency outage is a 503, never a 500");
        serverErrors.Should().OnlyContain(a => a.ContentType == "application/problem+json" && !string.IsNullOrEmpty(a.RetryAfter),
            "every 503 is problem+json with Retry-After");
        if (expectSome)
        {
            serverErrors.Should().NotBeEmpty("requests that need the dead engine were answered while it was down");
        }
    }

    /// <summary>
    /// Every order that got a 202 ends CONFIRMED or REJECTED, as does every other order of the product (a request answered
    /// 503 may still have stored its order); the stock is what the CONFIRMED orders left.
    /// </summary>
    private async Task AssertEveryAcceptedOrderSettlesAsync(ShopperLoad load, string product)
    {
        var accepted = load.Accepted.ToList();
        IReadOnlyList<Order> orders = [];
        await Eventually.HoldsAsync(async () =>
        {
            orders = await OrdersOfAsync(product);
            return orders.All(o => o.Status != OrderStatus.Pending);
        }, TimeSpan.FromSeconds(120), "every order of the product leaves PENDING");

        orders.Select(o => o.Id).Should().Contain(accepted.Select(a => a.Id), "no accepted order is lost");
        orders.Should().OnlyContain(o => o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Rejected);
        foreach (var order in accepted.Take(5))
        {
            // What the shopper sees agrees with the table.
            (await GetAsync(Stack, order.Token, order.Id))["status"]!.GetValue<string>().Should().BeOneOf("CONFIRMED", "REJECTED");
        }

        var confirmedUnits = orders.Where(o => o.Status == OrderStatus.Confirmed).Sum(o => o.Lines.Where(l => l.ProductId == product).Sum(l => l.Quantity));
        confirmedUnits.Should().BeLessThanOrEqualTo(Stock, "never more sold than there was");
        (await StockAsync(Stack, product)).Should().Be(Stock - confirmedUnits, "stock taken exactly once per confirmed order, and given back by every rejected one");
    }

    private async Task<IReadOnlyList<Order>> OrdersOfAsync(string product)
    {
        var store = Stack.Services.GetRequiredService<FunctionServices>().Orders;
        var orders = new List<Order>();
        string? cursor = null;
        do
        {
            var page = await store.ListAllAsync(null, new PageRequest(PageRequest.MaxLimit, cursor), CancellationToken.None);
            orders.AddRange(page.Items.Where(o => o.Lines.Any(l => l.ProductId == product)));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return orders;
    }

    /// <summary>Polls GET /api/health/ready for the whole test and keeps what it said.</summary>
    private sealed class ReadinessWatch : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _polling;
        private readonly System.Collections.Concurrent.ConcurrentQueue<(TimeSpan At, int Status, JsonObject Body, string? RetryAfter, string? Type)> _answers = new();

        private readonly ShopperLoad _load;

        public ReadinessWatch(LocalEnvironmentHost stack, ShopperLoad load)
        {
            _load = load;
            _polling = Task.Run(() => PollAsync(stack, _stop.Token));
        }

        public int DownAnswers => _answers.Count(a => a.Status == 503);

        public bool ReadyAfter(TimeSpan at) => FirstReadyAfter(at) is not null;

        /// <summary>The first 200 after the first 503 that followed <paramref name="at"/>: ready again once it had seen the outage.</summary>
        public TimeSpan? FirstReadyAfter(TimeSpan at)
        {
            var down = _answers.Where(a => a.At > at && a.Status == 503).Select(a => (TimeSpan?)a.At).FirstOrDefault();
            return down is null ? null : _answers.Where(a => a.At > down && a.Status == 200).Select(a => (TimeSpan?)a.At).FirstOrDefault();
        }

        /// <summary>The dependencies any 503 named down; asserts each 503's shape on the way.</summary>
        public IReadOnlyList<string> DownNames()
        {
            var down = _answers.Where(a => a.Status == 503).ToList();
            down.Should().NotBeEmpty("the readiness endpoint answered 503 while the engine was down");
            down.Should().OnlyContain(a => a.Type == "application/problem+json" && !string.IsNullOrEmpty(a.RetryAfter));
            _answers.Select(a => a.Status).Should().OnlyContain(s => s == 200 || s == 503);
            return [.. down.SelectMany(a => a.Body["checks"]!.AsArray())
                .Where(c => c!["status"]!.GetValue<string>() == "down")
                .Select(c => c!["name"]!.GetValue<string>()).Distinct()];
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _polling;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }

        private async Task PollAsync(LocalEnvironmentHost stack, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await stack.Client.GetAsync("/api/health/ready", CancellationToken.None);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None))!.AsObject();
                _answers.Enqueue((_load.Now, (int)response.StatusCode, body, response.Headers.RetryAfter?.ToString(),
                    response.Content.Headers.ContentType?.MediaType));
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
            }
        }
    }
}
