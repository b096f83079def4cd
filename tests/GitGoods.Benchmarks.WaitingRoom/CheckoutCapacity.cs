using System.Diagnostics;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>Orders settled per second and placed → settled (server clock) of <c>Shoppers</c> shoppers placing orders back to back, no sale.</summary>
internal sealed record CapacityResult(int Shoppers, IReadOnlyList<PlacedOrder> Orders, TimeSpan Wall)
{
    public double OrdersPerSecond => Orders.Count / Wall.TotalSeconds;
}

/// <summary>The checkout's capacity: shoppers each placing orders one after another and following each until it settles.</summary>
internal sealed class CheckoutCapacity(OrderPlacer orders, Func<string, string> shopperToken)
{
    public async Task<CapacityResult> MeasureAsync(int shoppers, int ordersEach, string tag)
    {
        var wall = Stopwatch.StartNew();
        var placed = await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async worker =>
        {
            var token = shopperToken($"{tag}-{worker}");
            var mine = new List<PlacedOrder>(ordersEach);
            for (var n = 0; n < ordersEach; n++)
            {
                mine.Add(await orders.PlaceAsync(token, $"{tag}-{worker}-{n}", admissionToken: null));
            }

            return mine;
        }));
        wall.Stop();
        return new CapacityResult(shoppers, [.. placed.SelectMany(p => p)], wall.Elapsed);
    }
}
