using GitGoods.Domain.Analytics.Sales;
using System.Text;
using System.Text.Json;
using GitGoods.Analytics.ExportOrderLines;
using GitGoods.Domain.Orders;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.TestSupport;

namespace GitGoods.Functions.Tests.Analytics;

public class ExportOrderLinesHandlerTests
{
    private static readonly DateTimeOffset Placed = new(2026, 12, 3, 23, 30, 0, TimeSpan.Zero);
    private static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");
    private static readonly LambdaContext Context = new("req-1", "ExportOrderLines", "1", 512, "arn", null, DateTimeOffset.MaxValue);

    [Fact]
    public async Task Batch_WritesOneFilePerUtcChangeDay_NamedByItsFirstAndLastSequenceNumbers()
    {
        var files = new InMemoryAnalyticsFiles();
        var (placed, confirmed) = PlacedAndConfirmed();
        var batch = Batch(
            StreamRecords.OrderChange(null, placed, 100, Placed),
            StreamRecords.OrderChange(placed, confirmed, 101, Placed.AddHours(1)));

        var failedAt = await Invoke(files, batch);

        failedAt.Should().BeNull();
        files.Objects.Keys.Should().BeEquivalentTo(
            "lake/order_lines/dt=2026-12-03/000000000000000000100-000000000000000000101.parquet",
            "lake/order_lines/dt=2026-12-04/000000000000000000100-000000000000000000101.parquet");
    }

    [Fact]
    public async Task Files_HoldNoPersonalData()
    {
        var files = new InMemoryAnalyticsFiles();
        var (placed, confirmed) = PlacedAndConfirmed();
        var batch = Batch(StreamRecords.OrderChange(null, placed, 100, Placed), StreamRecords.OrderChange(placed, confirmed, 101, Placed.AddMinutes(5)));
        var image = JsonSerializer.Serialize(batch, HostingJsonContext.Default.DynamoDbStreamEvent);

        await Invoke(files, batch);

        // The stream carries the personal data (plain, in this test's key ring): the lake file must not.
        LakeOrders.PersonalValues.Should().AllSatisfy(value => image.Should().Contain(value.Replace("+", "\\u002B", StringComparison.Ordinal)));
        var content = files.Objects.Values.Single();
        LakeOrders.PersonalValues.Should().AllSatisfy(value => Contains(content, value).Should().BeFalse(value));
        Contains(content, "order_id").Should().BeTrue("the schema's column names are in the file's footer");
    }

    [Fact]
    public async Task RetriedBatch_ReplacesItsOwnFiles()
    {
        var files = new InMemoryAnalyticsFiles();
        var (placed, confirmed) = PlacedAndConfirmed();
        var batch = Batch(StreamRecords.OrderChange(null, placed, 100, Placed), StreamRecords.OrderChange(placed, confirmed, 101, Placed.AddMinutes(5)));

        await Invoke(files, batch);
        var first = files.Objects.ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        await Invoke(files, batch);

        files.Puts.Should().Be(2);
        files.Objects.Should().HaveCount(1);
        files.Objects.Single().Value.Should().Equal(first.Single().Value);
    }

    [Fact]
    public async Task RecordsOfOtherItems_AreSkipped_AndABatchOfNoOrdersWritesNothing()
    {
        var files = new InMemoryAnalyticsFiles();
        var cart = new DynamoDbStreamRecord
        {
            DynamoDb = new DynamoDbStreamChange
            {
                SequenceNumber = "200",
                NewImage = new Dictionary<string, StreamAttributeValue>(StringComparer.Ordinal)
                {
                    ["PK"] = new() { S = "CART#u" }, ["SK"] = new() { S = "CART" }, ["type"] = new() { S = "Cart" },
                },
            },
        };

        var failedAt = await Invoke(files, Batch(cart));

        failedAt.Should().BeNull();
        files.Objects.Should().BeEmpty();
    }

    [Fact]
    public async Task MalformedRecord_IsReportedAsTheFailure_AfterTheRecordsBeforeItAreExported()
    {
        var files = new InMemoryAnalyticsFiles();
        var (placed, confirmed) = PlacedAndConfirmed();
        var broken = StreamRecords.OrderChange(placed, confirmed, 102, Placed.AddMinutes(9));
        _ = broken.DynamoDb.NewImage!.Remove("lines");

        var failedAt = await Invoke(files, Batch(StreamRecords.OrderChange(null, placed, 101, Placed), broken));

        failedAt.Should().Be(broken.DynamoDb.SequenceNumber);
        files.Objects.Keys.Should().Equal("lake/order_lines/dt=2026-12-03/000000000000000000101-000000000000000000101.parquet");
    }

    [Fact]
    public void Rows_CountConfirmedShippedAndDeliveredOnly_OnThePlacementsShopDay()
    {
        var (placed, confirmed) = PlacedAndConfirmed();
        var cancelled = confirmed.MoveTo(OrderStatus.Cancelled, Placed.AddHours(2));
        var change = GitGoods.Analytics.OrderChanges.OrderChange.From(StreamRecords.OrderChange(confirmed, cancelled, 5, Placed.AddHours(2)))!;

        var rows = OrderLineRow.Of(change, Singapore).ToList();

        rows.Should().HaveCount(2).And.AllSatisfy(r =>
        {
            r.Status.Should().Be("CANCELLED");
            r.Counted.Should().BeFalse();
            r.ShopDay.Should().Be("2026-12-04", "23:30 UTC is 07:30 the next morning in Singapore");
            r.OrderVersion.Should().Be(3);
        });
        rows.Select(r => r.LineAmount).Should().Equal(2 * 4999, 1 * 1500);
        SaleStatuses.Counts(OrderStatus.Confirmed).Should().BeTrue();
        SaleStatuses.Counts(OrderStatus.Shipped).Should().BeTrue();
        SaleStatuses.Counts(OrderStatus.Delivered).Should().BeTrue();
        SaleStatuses.Counts(OrderStatus.Pending).Should().BeFalse();
        SaleStatuses.Counts(OrderStatus.Rejected).Should().BeFalse();
        placed.Status.Should().Be(OrderStatus.Pending);
    }

    private static (Order Placed, Order Confirmed) PlacedAndConfirmed()
    {
        var placed = LakeOrders.Placed("order-1", Placed, LakeOrders.Line("p-1", "PC", 4999, 2), LakeOrders.Line("p-2", "Switch", 1500, 1));
        return (placed, placed.MoveTo(OrderStatus.Confirmed, Placed.AddHours(1)));
    }

    private static DynamoDbStreamEvent Batch(params DynamoDbStreamRecord[] records) => new() { Records = records };

    /// <summary>Through the runtime contract, as Lambda (or the local poller) invokes it: JSON in, batch response out.</summary>
    private static async Task<string?> Invoke(InMemoryAnalyticsFiles files, DynamoDbStreamEvent batch)
    {
        var function = new DynamoDbStreamFunction(new ExportOrderLinesHandler(files, Singapore));
        var payload = JsonSerializer.SerializeToUtf8Bytes(batch, HostingJsonContext.Default.DynamoDbStreamEvent);
        var response = await function.InvokeAsync(payload, Context, CancellationToken.None);
        var failures = JsonSerializer.Deserialize(response, HostingJsonContext.Default.SqsBatchResponse)!.BatchItemFailures;
        return failures.Count == 0 ? null : failures.Single().ItemIdentifier;
    }

    private static bool Contains(byte[] content, string text) => content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
