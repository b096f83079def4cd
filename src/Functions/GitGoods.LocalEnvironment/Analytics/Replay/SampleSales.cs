using System.Globalization;
using GitGoods.Adapters.Orders;
using GitGoods.Analytics.OrderChanges;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;
using GitGoods.Hosting.DynamoDbStreams;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// A week of sample orders for the replay command, placed relative to <paramref name="today"/> so every query's window
/// holds them: kept, shipped, cancelled after confirmation, rejected and still pending. Their changes become stream
/// records exactly as the shop table's stream carries them. They hold no personal data (the sealed fields are empty).
/// </summary>
public sealed class SampleSales(DateOnly today, ShopCalendar calendar)
{
    private const string Currency = "SGD";
    private readonly List<DynamoDbStreamRecord> _records = [];
    private readonly List<Order> _orders = [];
    private long _sequence = 100_000;

    /// <summary>The orders' final states.</summary>
    public IReadOnlyList<Order> Orders => _orders;

    /// <summary>Every order change, in stream order.</summary>
    public IReadOnlyList<DynamoDbStreamRecord> Records => _records;

    public static SampleSales Build(DateOnly today, ShopCalendar calendar)
    {
        var sales = new SampleSales(today, calendar);
        static OrderLine Line(string product, string platform, long price, int quantity, string seller = "seller-arcade") =>
            new(product, Title(product), platform, seller, new Money(price, Currency), quantity);
        for (var day = 6; day >= 0; day--)
        {
            sales.Add(day, 10, [Line("stellar-drift", "PC", 5999, 1 + (day % 3))], OrderStatus.Confirmed, OrderStatus.Shipped);
            sales.Add(day, 14, [Line("pocket-harvest", "Nintendo Switch", 3499, 2), Line("neon-kart", "PS5", 6999, 1, "seller-retro")],
                OrderStatus.Confirmed);
        }

        sales.Add(2, 16, [Line("neon-kart", "PS5", 6999, 3, "seller-retro")], OrderStatus.Confirmed, OrderStatus.Cancelled);
        sales.Add(1, 18, [Line("tiny-dungeon", "PC", 1499, 1)], OrderStatus.Confirmed);
        sales.Add(1, 19, [Line("stellar-drift", "PC", 5999, 5)], OrderStatus.Rejected);
        sales.Add(0, 9, [Line("pocket-harvest", "Nintendo Switch", 3499, 4)]);
        return sales;
    }

    private void Add(int daysAgo, int hour, OrderLine[] lines, params OrderStatus[] statuses)
    {
        var local = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0));
        var placedAt = new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local)).ToUniversalTime();
        var id = "sample-" + (_orders.Count + 1).ToString("D3", CultureInfo.InvariantCulture);
        var order = new Order
        {
            Id = id,
            CustomerId = "sample-customer",
            Status = OrderStatus.Pending,
            Lines = lines,
            PersonalData = new ProtectedFields("none", "", new Dictionary<string, string>(StringComparer.Ordinal)),
            History = [new StatusChange(OrderStatus.Pending, placedAt)],
            CreatedAt = placedAt,
            UpdatedAt = placedAt,
        };
        Record(null, order);
        foreach (var status in statuses)
        {
            var next = order.MoveTo(status, order.UpdatedAt.AddMinutes(2));
            Record(order, next);
            order = next;
        }

        _orders.Add(order);
    }

    private void Record(Order? before, Order after)
    {
        var newImage = StreamImages.FromAttributes(OrderImages.ToImage(after));
        _records.Add(new DynamoDbStreamRecord
        {
            EventId = Guid.NewGuid().ToString("N"),
            EventName = before is null ? "INSERT" : "MODIFY",
            AwsRegion = "ap-southeast-1",
            EventSourceArn = "arn:aws:dynamodb:ap-southeast-1:000000000000:table/GitGoods/stream/sample",
            DynamoDb = new DynamoDbStreamChange
            {
                ApproximateCreationDateTime = after.UpdatedAt.ToUnixTimeMilliseconds() / 1000.0,
                Keys = new Dictionary<string, StreamAttributeValue>(StringComparer.Ordinal) { ["PK"] = newImage["PK"], ["SK"] = newImage["SK"] },
                NewImage = newImage,
                OldImage = before is null ? null : StreamImages.FromAttributes(OrderImages.ToImage(before)),
                SequenceNumber = (++_sequence).ToString("D21", CultureInfo.InvariantCulture),
                StreamViewType = "NEW_AND_OLD_IMAGES",
            },
        });
    }

    private static string Title(string product) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(product.Replace('-', ' '));
}
