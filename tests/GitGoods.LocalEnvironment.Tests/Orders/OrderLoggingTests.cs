using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>Everything the stack logs while an order is placed, confirmed, read and cancelled holds none of its personal data.</summary>
[Collection(LocalEnvironmentTests.Name)]
public class OrderLoggingTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task PlacingConfirmingReadingAndCancellingAnOrder_LogsNoPersonalData()
    {
        var log = new CapturedLog();
        await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = fixture.DynamoDb.Endpoint,
            TableName = "logs-" + Guid.NewGuid().ToString("N"),
            LogSink = log,
            ExtraArgs = ["--Logging:LogLevel:Default=Debug"],
        });
        var product = await NewProductAsync(stack, stock: 3);
        var shopper = ShopperToken(stack, "logged-" + Guid.NewGuid().ToString("N"));
        var body = Body(product, 1, name: "Zebedee Quiller-Couch", email: "zebedee.q@private.example").Replace("+6591234567", "+6581112222", StringComparison.Ordinal);

        using var placed = await PlaceAsync(stack, shopper, "logged", body);
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        await SettledAsync(stack, shopper, id);
        using var cancelled = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{id}/cancel", shopper);

        log.Lines.Should().NotBeEmpty().And.Contain(l => l.Contains("OrderPipe", StringComparison.Ordinal), "the order path did log");
        foreach (var secret in new[] { "Zebedee", "Quiller", "+6581112222", "6581112222", "zebedee.q@private.example", "12 Analytical Engine Way", "138577", "pm_card_visa" })
        {
            log.Text.Should().NotContain(secret);
        }
    }
}
