using Amazon.DynamoDBv2.Model;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Streams;
using GitGoods.LocalEnvironment.Tests.Queues;
using GitGoods.Manifest;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Streams;

/// <summary>The local stream mapping against DynamoDB Local's real Streams API.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class TableStreamMappingTests(LocalEnvironmentFixture fixture) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new();
    private readonly ListLogger<TableStreamMapping> _log = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), "gitgoods-streams-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DeliversOnlyTheTriggersItemType_InShardOrder_InBatchesOfAtMostBatchSize()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("stream");
        await PutAsync(table, "Cart", "cart-1");
        var expected = await PutManyAsync(table, 25);
        await PutAsync(table, "Product", "product-1");
        var handler = new RecordingStreamHandler(_ => null);

        await using var mapping = Map(table, handler.Function, new TableStreamTrigger("Order") { BatchSize = 10 });
        mapping.Start();

        await Eventually.HoldsAsync(() => handler.Delivered.Count >= expected.Count, Deadline, "every order record delivered");
        handler.Delivered.Should().Equal(expected);
        handler.Batches.Should().OnlyContain(b => b.Count >= 1 && b.Count <= 10);
    }

    [Fact]
    public async Task ARestartedMapping_ResumesAfterItsCheckpoint()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("stream");
        var first = await PutManyAsync(table, 5);
        var before = new RecordingStreamHandler(_ => null);
        await using (var mapping = Map(table, before.Function, new TableStreamTrigger("Order")))
        {
            mapping.Start();
            await Eventually.HoldsAsync(() => before.Delivered.Count >= first.Count, Deadline, "the first records delivered");
        }

        var second = await PutManyAsync(table, 3, from: 5);
        var after = new RecordingStreamHandler(_ => null);
        await using (var mapping = Map(table, after.Function, new TableStreamTrigger("Order")))
        {
            mapping.Start();
            await Eventually.HoldsAsync(() => after.Delivered.Count >= second.Count, Deadline, "the new records delivered");
        }

        after.Delivered.Should().Equal(second, "the restarted mapping starts after its checkpoint, not at the trim horizon");
    }

    [Fact]
    public async Task APartialFailure_IsRetriedFromTheFailedRecord_AndTheRecordsBeforeItAreNotDeliveredAgain()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("stream");
        var expected = await PutManyAsync(table, 6);
        var failures = 0;
        var handler = new RecordingStreamHandler(batch =>
        {
            var third = batch.FirstOrDefault(r => r.DynamoDb.NewImage!["PK"].S == expected[2]);
            return third is not null && Interlocked.Increment(ref failures) <= 2 ? third.DynamoDb.SequenceNumber : null;
        });

        await using var mapping = Map(table, handler.Function, new TableStreamTrigger("Order"));
        mapping.Start();

        await Eventually.HoldsAsync(() => handler.Delivered.Distinct().Count() == expected.Count && failures >= 3, Deadline, "every record handled");
        handler.Delivered.Count(id => id == expected[0]).Should().Be(1);
        handler.Delivered.Count(id => id == expected[1]).Should().Be(1);
        handler.Delivered.Count(id => id == expected[2]).Should().Be(3, "it failed twice, then succeeded");
        handler.Delivered.Where(id => id == expected[5]).Should().HaveCountGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task AThrowingFunction_IsBisected_SoOnlyThePoisonRecordIsGivenUp_AndTheSkippedRangeIsLogged()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("stream");
        var expected = await PutManyAsync(table, 8);
        var poison = expected[5];
        var handler = new RecordingStreamHandler(batch =>
            batch.Any(r => r.DynamoDb.NewImage!["PK"].S == poison) ? throw new InvalidOperationException("poison") : null);

        await using var mapping = Map(table, handler.Function, new TableStreamTrigger("Order") { MaxRetryAttempts = 4 });
        mapping.Start();

        await Eventually.HoldsAsync(() => _log.Text.Contains("gave up on 1 records", StringComparison.Ordinal), Deadline, "the poison record is given up");
        await Eventually.HoldsAsync(() => expected.Where(id => id != poison).All(handler.Delivered.Contains), Deadline, "every other record delivered");
        handler.Batches.Should().Contain(b => b.Count == 1 && b[0] == poison, "the batch was split down to the bad record");
    }

    public void Dispose()
    {
        _http.Dispose();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private TableStreamMapping Map(string table, ILambdaFunction function, TableStreamTrigger trigger) =>
        new(fixture.DynamoDb.Client, new LocalStreamsClient(_http, fixture.DynamoDb.Endpoint), function,
            new TableStreamMappingOptions("Consumer", table, trigger, Path.Combine(_state, table + ".json"))
            {
                PollInterval = TimeSpan.FromMilliseconds(100),
                RetryBackoff = TimeSpan.FromMilliseconds(5),
            },
            TimeProvider.System, _log);

    private async Task<List<string>> PutManyAsync(string table, int count, int from = 0)
    {
        var ids = new List<string>();
        for (var i = from; i < from + count; i++)
        {
            ids.Add(await PutAsync(table, "Order", $"order-{i:D3}"));
        }

        return ids;
    }

    private async Task<string> PutAsync(string table, string type, string id)
    {
        await fixture.DynamoDb.Client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new(StringComparer.Ordinal) { ["PK"] = new(id), ["SK"] = new("X"), ["type"] = new(type) },
        });
        return id;
    }
}
