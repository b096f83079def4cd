using Amazon.DynamoDBv2;
using GitGoods.Adapters.Table;
using GitGoods.TestSupport;

namespace GitGoods.Benchmarks.Checkout;

/// <summary>
/// DynamoDB Local's own floor (scripts/bench-engine.sh): for data on disk, in memory and on tmpfs, 1 and 10 concurrent callers
/// of TransactWriteItems (3 puts; 2 items taking stock from one shared product), GetItem, and a replay of the order path before
/// and after issue 16 (<see cref="OrderPaths"/>). Each engine is a fresh java process of its own.
/// </summary>
internal static class EngineFloorBenchmark
{
    public static async Task RunAsync(int operations)
    {
        Console.WriteLine($"DynamoDB Local floor, {operations} operations per row (replays: a third), load average {Percentiles.LoadAverage()}");
        Console.WriteLine(Percentiles.Header);
        foreach (var storage in Enum.GetValues<EngineStorage>())
        {
            await using var engine = await BenchEngine.StartAsync(storage, "floor");
            using var client = DynamoDbLocalFixture.CreateClient(engine.Endpoint);
            var replay = await CreateReplayAsync(client);
            await EngineReplay.MeasureAsync(10, operations, () => replay.ReplayAsync(OrderPaths.Before)); // warm-up: JIT, SQLite pages
            foreach (var callers in new[] { 1, 10 })
            {
                var tag = $"{Name(storage)}, {callers} concurrent";
                Console.WriteLine(Percentiles.Row($"{tag}: TransactWriteItems, 3 puts", await EngineReplay.MeasureAsync(callers, operations, () => replay.TransactionAsync(3, takesStock: false))));
                Console.WriteLine(Percentiles.Row($"{tag}: TransactWriteItems, 2 items, one the shared product", await EngineReplay.MeasureAsync(callers, operations, () => replay.TransactionAsync(2, takesStock: true))));
                Console.WriteLine(Percentiles.Row($"{tag}: GetItem (consistent)", await EngineReplay.MeasureAsync(callers, operations, replay.GetItemAsync)));
                var before = await EngineReplay.MeasureAsync(callers, operations / 3, () => replay.ReplayAsync(OrderPaths.Before));
                var after = await EngineReplay.MeasureAsync(callers, operations / 3, () => replay.ReplayAsync(OrderPaths.After));
                Console.WriteLine(Percentiles.Row($"{tag}: order-path replay, issue 15 ({OrderPaths.Before.Count} calls, {OrderPaths.Sequential(OrderPaths.Before)} in sequence)", before));
                Console.WriteLine(Percentiles.Row($"{tag}: order-path replay, issue 16 ({OrderPaths.After.Count} calls, {OrderPaths.Sequential(OrderPaths.After)} in sequence); vs issue 15", after, before));
            }
        }
    }

    public static async Task<EngineReplay> CreateReplayAsync(IAmazonDynamoDB client)
    {
        var table = "floor-" + Guid.NewGuid().ToString("N");
        await client.CreateTableAsync(ShopTable.CreateTableRequest(table));
        var replay = new EngineReplay(client, table);
        await replay.SeedAsync();
        return replay;
    }

    private static string Name(EngineStorage storage) => storage switch
    {
        EngineStorage.Disk => "on disk",
        EngineStorage.InMemory => "-inMemory",
        _ => "tmpfs (/dev/shm)",
    };
}
