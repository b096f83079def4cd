using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>The sale's outcome: every shopper's journey, the orders each holds (GET /api/orders), and the sale's counters.</summary>
internal sealed record SaleResult(
    int Capacity, int RatePerMinute, double ArrivalsPerSecond, double WindowSeconds, IReadOnlyList<LineResult> Shoppers,
    IReadOnlyList<int> OrdersPerShopper, JsonNode Counters, TimeSpan Wall);

/// <summary>
/// A sale on the benchmark's product with the measured capacity and rate, then 5× that rate of shoppers per second
/// arriving over the window (each a <see cref="LineShopper"/>), then each shopper's orders counted through the API.
/// </summary>
internal sealed class SaleRun(BenchClient api, OrderPlacer orders, string admin, string productId, Func<string, string> shopperToken)
{
    private const int TtlSeconds = 300;

    public async Task<SaleResult> RunAsync(int capacity, double ordersPerSecond, double windowSeconds)
    {
        var saleId = "bench-sale-" + Guid.NewGuid().ToString("N")[..10];
        var rate = Math.Max(1, (int)Math.Round(ordersPerSecond * 60));
        var now = DateTimeOffset.UtcNow;
        _ = await api.MustAsync(HttpMethod.Put, $"/api/admin/sales/{saleId}", admin, new JsonObject
        {
            ["name"] = "Benchmark sales day",
            ["startsAt"] = now.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture),
            ["endsAt"] = now.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            ["productIds"] = new JsonArray(productId),
            ["capacity"] = capacity,
            ["admissionRatePerMinute"] = rate,
            ["admissionTtlSeconds"] = TtlSeconds,
        }.ToJsonString());

        var arrivals = 5 * rate / 60.0;
        var count = (int)Math.Ceiling(arrivals * windowSeconds);
        var tokens = Enumerable.Range(0, count).Select(i => shopperToken($"sale-{saleId}-{i}")).ToList();
        var line = new LineShopper(api, orders, saleId, TtlSeconds);
        var wall = Stopwatch.StartNew();
        var journeys = await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            var due = TimeSpan.FromSeconds(i / arrivals) - wall.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            return await line.RunAsync(i, token);
        }));
        wall.Stop();

        var held = await Task.WhenAll(tokens.Select(async token =>
            (await api.MustAsync(HttpMethod.Get, "/api/orders", token))["items"]!.AsArray().Count));
        var counters = (await api.MustAsync(HttpMethod.Get, "/api/admin/sales", admin))["sales"]!.AsArray()
            .Single(s => string.Equals(s!["saleId"]!.GetValue<string>(), saleId, StringComparison.Ordinal))!;
        _ = await api.SendAsync(HttpMethod.Delete, $"/api/admin/sales/{saleId}", admin);
        return new SaleResult(capacity, rate, arrivals, windowSeconds, journeys, held, counters.DeepClone(), wall.Elapsed);
    }
}
