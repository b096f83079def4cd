using System.Globalization;
using GitGoods.Benchmarks.Checkout;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>The run's figures as rows ready for docs/benchmarks.md §13.</summary>
internal static class Report
{
    public static void Print(CapacityResult alone, CapacityResult capacity, SaleResult sale, BenchClient api)
    {
        var floor = Settle(alone.Orders, "CONFIRMED");
        var journeys = sale.Shoppers;
        var placed = journeys.Where(j => j.Order is not null).Select(j => j.Order!).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checkout capacity (a): {capacity.Orders.Count} orders by {capacity.Shoppers} shoppers back to back in {capacity.Wall.TotalSeconds:F1} s = {capacity.OrdersPerSecond:F1} orders/s."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sale (b, c): capacity {sale.Capacity}, {sale.RatePerMinute} admissions/min; {journeys.Count} shoppers arriving at {sale.ArrivalsPerSecond:F1}/s (5×) over {sale.WindowSeconds:F0} s; all settled {sale.Wall.TotalSeconds:F1} s after the first arrival; load average {Percentiles.LoadAverage()}."));
        Console.WriteLine($"5xx answers: {api.ServerErrors} of {api.Requests} requests.");
        Console.WriteLine($"Shoppers {journeys.Count}; orders found through GET /api/orders: {sale.OrdersPerShopper.Sum()}; shoppers with exactly one order: "
            + $"{sale.OrdersPerShopper.Count(n => n == 1)}, with none: {sale.OrdersPerShopper.Count(n => n == 0)}, with more than one: {sale.OrdersPerShopper.Count(n => n > 1)}; "
            + $"CONFIRMED {placed.Count(o => o.Status == "CONFIRMED")}, other {placed.Count(o => o.Status != "CONFIRMED")}; journeys failed: {journeys.Count(j => j.Failure is not null)}; "
            + $"places joined again after EXPIRED/403: {journeys.Sum(j => j.Rejoins)}.");
        foreach (var failure in journeys.Where(j => j.Failure is not null).Select(j => j.Failure).Distinct().Take(3))
        {
            Console.WriteLine("  failure: " + failure);
        }

        Console.WriteLine($"Sale counters (GET /api/admin/sales): {sale.Counters.ToJsonString()}");
        Console.WriteLine($"Admission order = arrival order: {InArrivalOrder(journeys, out var inversions)} ({inversions} pairs admitted out of position order, server admission times).");
        Console.WriteLine(Percentiles.Header);
        Console.WriteLine(Percentiles.Row("floor: one shopper alone, placed → CONFIRMED (server clock)", floor));
        Console.WriteLine(Percentiles.Row($"(a) {capacity.Shoppers} shoppers back to back, no sale, placed → CONFIRMED", Settle(capacity.Orders, "CONFIRMED"), floor));
        Console.WriteLine(Percentiles.Row("(c) admitted shoppers, placed → CONFIRMED (server clock)", Settle(placed, "CONFIRMED"), floor));
        Console.WriteLine(Percentiles.Row("(c) wait in line: join sent → ADMITTED seen (client, check-ins every pollAfterSeconds)", [.. journeys.Where(j => j.AdmittedAt is not null).Select(j => j.InLine)]));
    }

    private static List<TimeSpan> Settle(IEnumerable<PlacedOrder> orders, string status) =>
        [.. orders.Where(o => string.Equals(o.Status, status, StringComparison.Ordinal)).Select(o => o.ServerSettle)];

    /// <summary>True when, taken by position, the server's admission times never go back (each adjacent pair in order).</summary>
    private static bool InArrivalOrder(IReadOnlyList<LineResult> journeys, out int inversions)
    {
        var admitted = journeys.Where(j => j.AdmittedAt is not null).OrderBy(j => j.Position).ToList();
        inversions = admitted.Zip(admitted.Skip(1)).Count(pair => pair.Second.AdmittedAt < pair.First.AdmittedAt);
        return inversions == 0;
    }
}
