using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;

namespace GitGoods.Benchmarks.Checkout;

/// <summary>
/// Raw calls on a bare DynamoDB Local, at a given concurrency: single TransactWriteItems and GetItems, and a replay of an order
/// path (<see cref="OrderPaths"/>) with its calls in the same order, shape and parallelism, on one shared product item as the
/// checkout benchmark's shoppers share one product.
/// </summary>
internal sealed class EngineReplay(IAmazonDynamoDB dynamo, string table)
{
    private const string Product = "PRODUCT#bench";
    private int _sequence;

    public async Task SeedAsync()
    {
        await dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new(StringComparer.Ordinal) { ["PK"] = new(Product), ["SK"] = new("PRODUCT"), ["stock"] = Number(100_000_000), ["status"] = new("ACTIVE"), ["version"] = Number(1) },
        });
    }

    /// <summary>Runs <paramref name="total"/> operations from <paramref name="callers"/> concurrent callers, each timed.</summary>
    public static async Task<List<TimeSpan>> MeasureAsync(int callers, int total, Func<Task> operation)
    {
        var times = new List<TimeSpan>(total);
        var gate = new Lock();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            for (var n = 0; n < total / callers; n++)
            {
                var started = Stopwatch.GetTimestamp();
                await operation();
                var elapsed = Stopwatch.GetElapsedTime(started);
                lock (gate)
                {
                    times.Add(elapsed);
                }
            }
        }));
        return times;
    }

    public Task TransactionAsync(int items, bool takesStock) => TransactAsync(NextId(), items, takesStock);

    public Task GetItemAsync() => dynamo.GetItemAsync(new GetItemRequest { TableName = table, Key = Key(Product, "PRODUCT"), ConsistentRead = true });

    /// <summary>One order's calls, in the path's order; a call marked parallel runs beside the one before it.</summary>
    public async Task ReplayAsync(IReadOnlyList<RoundTrip> path)
    {
        var id = NextId();
        var running = new List<Task>();
        for (var index = 0; index < path.Count; index++)
        {
            if (!path[index].Parallel)
            {
                await Task.WhenAll(running);
                running.Clear();
            }

            running.Add(CallAsync(path[index], id, index));
        }

        await Task.WhenAll(running);
    }

    private Task CallAsync(RoundTrip trip, string id, int index) => trip.Kind switch
    {
        RoundTripKind.ConditionalPut => dynamo.PutItemAsync(new PutItemRequest
        {
            TableName = table, Item = With(Key("RECORD#" + id, "R" + index.ToString(CultureInfo.InvariantCulture)), "status", "INPROGRESS"), ConditionExpression = "attribute_not_exists(PK)",
        }),
        RoundTripKind.BatchGet => dynamo.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new(StringComparer.Ordinal) { [table] = new KeysAndAttributes { Keys = [Key(Product, "PRODUCT")], ConsistentRead = true } },
        }),
        RoundTripKind.GetItem => dynamo.GetItemAsync(new GetItemRequest { TableName = table, Key = Key("ORDER#" + id, "ORDER"), ConsistentRead = true }),
        RoundTripKind.ConditionalUpdate => dynamo.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table, Key = Key("ORDER#" + id, "ORDER"), UpdateExpression = "SET v = :v", ConditionExpression = "attribute_exists(PK)",
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":v"] = new("x") },
        }),
        RoundTripKind.Delete => dynamo.DeleteItemAsync(new DeleteItemRequest { TableName = table, Key = Key("OUTBOX#" + id, "OUTBOX") }),
        _ => TransactAsync(trip.TakesStock ? id + "-reserve" : id, trip.Items, trip.TakesStock), // its own order key: each put is conditional
    };

    /// <summary>A conditional order put, then index/outbox puts; when it takes stock, the last item is a conditional update of the shared product.</summary>
    private Task<TransactWriteItemsResponse> TransactAsync(string id, int items, bool takesStock)
    {
        List<TransactWriteItem> writes = [new() { Put = new Put { TableName = table, Item = With(Key("ORDER#" + id, "ORDER"), "v", "x"), ConditionExpression = "attribute_not_exists(PK)" } }];
        for (var i = 1; i < (takesStock ? items - 1 : items); i++)
        {
            writes.Add(new() { Put = new Put { TableName = table, Item = With(Key("ENTRY#" + id, "E" + i.ToString(CultureInfo.InvariantCulture)), "v", "x") } });
        }

        if (takesStock)
        {
            writes.Add(new()
            {
                Update = new Update
                {
                    TableName = table, Key = Key(Product, "PRODUCT"), UpdateExpression = "SET stock = stock - :one, version = version + :one",
                    ConditionExpression = "stock >= :one AND #status = :active",
                    ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#status"] = "status" },
                    ExpressionAttributeValues = new(StringComparer.Ordinal) { [":one"] = Number(1), [":active"] = new("ACTIVE") },
                },
            });
        }

        return dynamo.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes });
    }

    private string NextId() => Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, AttributeValue> Key(string pk, string sk) =>
        new(StringComparer.Ordinal) { [ShopTable.PartitionKey] = new(pk), [ShopTable.SortKey] = new(sk) };

    private static Dictionary<string, AttributeValue> With(Dictionary<string, AttributeValue> item, string name, string value)
    {
        item[name] = new(value);
        return item;
    }

    private static AttributeValue Number(long n) => new() { N = n.ToString(CultureInfo.InvariantCulture) };
}
