using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Idempotency;
using GitGoods.Adapters.Table;
using GitGoods.LocalEnvironment.Restore;

namespace GitGoods.LocalEnvironment.Tests.Restore;

/// <summary>The restore drill against the real DynamoDB Local: export → new table of the same shape → import → verify.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class RestoreDrillTests(LocalEnvironmentFixture fixture) : IDisposable
{
    private readonly string _exportDirectory = Directory.CreateTempSubdirectory("gitgoods-drill-test-").FullName;

    [Fact]
    public async Task Drill_RestoresEveryAttributeTypeAcrossSeveralBatches_AndTheRestoredTableMatches()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("drill");
        await VariedItems.PutAllAsync(fixture.DynamoDb.Client, table);
        var idempotency = await fixture.DynamoDb.CreateIdempotencyTableAsync("drill-idem");
        await fixture.DynamoDb.Client.PutItemAsync(idempotency, IdempotencyRecord("RestoreTest#abc"));

        var report = await Drill().RunAsync([table, idempotency], _exportDirectory, keep: true, CancellationToken.None);

        report.Passed.Should().BeTrue();
        report.Tables.Select(t => (t.Source, t.SourceItems, t.RestoredItems))
            .Should().Equal((table, VariedItems.Count, VariedItems.Count), (idempotency, 1L, 1L));
        report.Tables.Should().OnlyContain(t => t.Restored.StartsWith(t.Source + RestoreDrill.RestoredInfix, StringComparison.Ordinal));
        var restored = report.Tables[0].Restored;
        var copy = await fixture.DynamoDb.Client.GetItemAsync(restored, Key(VariedItems.Item(7)), consistentRead: true);
        DynamoJson.CanonicalBytes(copy.Item).Should().Equal(DynamoJson.CanonicalBytes(VariedItems.Item(7)));
        File.ReadAllLines(report.Tables[0].ExportFile).Should().HaveCount(VariedItems.Count)
            .And.OnlyContain(line => line.StartsWith("{\"Item\":{", StringComparison.Ordinal));
        report.Phases.Select(p => p.Name.Split(' ')[0]).Should().Equal(["export", "create", "import", "verify", "time"], "kept tables are not deleted");
    }

    [Fact]
    public async Task RestoredTable_HasTheSourcesKeySchemaIndexesAndTimeToLive()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("drill-shape");
        await fixture.DynamoDb.Client.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = table,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = ShopTable.TimeToLive, Enabled = true },
        });
        await fixture.DynamoDb.Client.PutItemAsync(table, VariedItems.Item(3));

        var report = await Drill().RunAsync([table], _exportDirectory, keep: true, CancellationToken.None);

        var source = (await fixture.DynamoDb.Client.DescribeTableAsync(table)).Table;
        var restored = (await fixture.DynamoDb.Client.DescribeTableAsync(report.Tables[0].Restored)).Table;
        restored.KeySchema.Should().BeEquivalentTo(source.KeySchema);
        restored.AttributeDefinitions.Should().BeEquivalentTo(source.AttributeDefinitions);
        restored.GlobalSecondaryIndexes.Select(Shape).Should().BeEquivalentTo(source.GlobalSecondaryIndexes.Select(Shape));
        restored.GlobalSecondaryIndexes.Select(i => i.IndexName).Should().BeEquivalentTo(ShopTable.Gsi1, ShopTable.Gsi2, ShopTable.Gsi3);
        var ttl = await fixture.DynamoDb.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = restored.TableName });
        ttl.TimeToLiveDescription.AttributeName.Should().Be(ShopTable.TimeToLive);
        var byIndex = await fixture.DynamoDb.Client.QueryAsync(new QueryRequest
        {
            TableName = restored.TableName,
            IndexName = ShopTable.Gsi1,
            KeyConditionExpression = "GSI1PK = :pk",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":pk"] = new("CATALOG#ACTIVE") },
        });
        byIndex.Count.Should().Be(1, "the restored item is in the restored table's index too");
    }

    [Fact]
    public async Task Checksum_ChangesWhenOneAttributeOfOneRestoredItemChanges()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("drill-change");
        await VariedItems.PutAllAsync(fixture.DynamoDb.Client, table);
        var report = await Drill().RunAsync([table], _exportDirectory, keep: true, CancellationToken.None);
        var restored = report.Tables[0].Restored;

        await fixture.DynamoDb.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = restored,
            Key = Key(VariedItems.Item(42)),
            UpdateExpression = "SET details.nested.deep = :false",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":false"] = new() { BOOL = false } },
        });
        var after = await TableScan.ChecksumAsync(fixture.DynamoDb.Client, restored, CancellationToken.None);

        report.Tables[0].RestoredChecksum.Should().Be(report.Tables[0].SourceChecksum);
        after.Count.Should().Be(VariedItems.Count);
        after.ToHex().Should().NotBe(report.Tables[0].SourceChecksum);
    }

    [Fact]
    public async Task WithoutKeep_TheRestoredTablesAreDeleted()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("drill-delete");
        await fixture.DynamoDb.Client.PutItemAsync(table, VariedItems.Item(1));

        var report = await Drill().RunAsync([table], _exportDirectory, keep: false, CancellationToken.None);

        report.Passed.Should().BeTrue();
        report.Phases[^1].Name.Should().StartWith("delete");
        var tables = await fixture.DynamoDb.Client.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = table });
        tables.TableNames.Should().NotContain(report.Tables[0].Restored);
    }

    [Fact]
    public async Task MissingTable_StopsTheDrillWithAMessage()
    {
        var act = () => Drill().RunAsync(["no-such-table-" + Guid.NewGuid().ToString("N")], _exportDirectory, keep: false, CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("./scripts/run.sh");
    }

    public void Dispose() => Directory.Delete(_exportDirectory, recursive: true);

    private RestoreDrill Drill() => new(fixture.DynamoDb.Client, TimeProvider.System);

    private static Dictionary<string, AttributeValue> Key(Dictionary<string, AttributeValue> item) =>
        new(StringComparer.Ordinal) { [ShopTable.PartitionKey] = item[ShopTable.PartitionKey], [ShopTable.SortKey] = item[ShopTable.SortKey] };

    private static object Shape(GlobalSecondaryIndexDescription index) =>
        new { index.IndexName, Keys = index.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType}").ToList(), Projection = index.Projection.ProjectionType.Value };

    private static Dictionary<string, AttributeValue> IdempotencyRecord(string id) => new(StringComparer.Ordinal)
    {
        [IdempotencyTable.PartitionKey] = new(id),
        [IdempotencyTable.TimeToLive] = new() { N = "4102444800" },
        ["status"] = new("COMPLETED"),
        ["data"] = new("{\"statusCode\":202}"),
    };
}
