using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.Domain.Common;
using GitGoods.Domain.Operations;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Http;
using GitGoods.Orders;
using GitGoods.Orders.AdminOrders;
using GitGoods.Orders.ListOrders;
using GitGoods.Orders.SellerOrders;
using GitGoods.Orders.ShipOrder;
using static GitGoods.Functions.Tests.Contract.OpenApiContract;

namespace GitGoods.Functions.Tests.Contract;

/// <summary>
/// The order and dead-letter bodies the functions really write (serialized through <see cref="FunctionsJsonContext"/>,
/// most of them by the handlers themselves) match docs/openapi.json: valid against the strict schema, and every
/// documented field is one the functions write.
/// </summary>
public class OrderContractTests
{
    private static readonly DateTimeOffset Placed = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static readonly ShippingDetails FullShipping =
        new("Ada Lovelace", "+6591234567", new ShippingAddress("1 Main Street", "#02-01", "Singapore", "018956", "SG"), "ada@example.test");

    private static readonly ShippingDetails PlainShipping =
        new("Ada Lovelace", "+6591234567", new ShippingAddress("1 Main Street", null, "Singapore", "018956", "SG"), null);

    public static TheoryData<OrderStatus> Statuses => [.. Enum.GetValues<OrderStatus>()];

    public static TheoryData<string> RejectionReasons => [.. RejectionReason.All];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void AnOrderInEveryStatus_WithAndWithoutShipping_MatchesTheOrderSchema(OrderStatus status)
    {
        var order = InStatus(status, "key-" + status);

        Violations("Order", Serialize(OrderResponse.From(order, FullShipping))).Should().BeEmpty();
        Violations("Order", Serialize(OrderResponse.From(order, PlainShipping))).Should().BeEmpty();
        Violations("Order", Serialize(OrderResponse.From(order, null))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RejectionReasons))]
    public void ARejectedOrder_CarriesAReasonTheSchemaNames(string reason)
    {
        var rejected = Pending("key-" + reason).MoveTo(OrderStatus.Rejected, Placed.AddSeconds(1), reason);

        Violations("Order", Serialize(OrderResponse.From(rejected, null))).Should().BeEmpty();
    }

    [Fact]
    public void OrderSchemas_NameExactlyTheFieldsAFullOrderWrites()
    {
        var rejected = Pending("key-1").MoveTo(OrderStatus.Rejected, Placed.AddSeconds(1), RejectionReason.PaymentDeclined);
        var json = JsonNode.Parse(Serialize(OrderResponse.From(rejected, FullShipping)))!;

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("Order"));
        FieldsOf(json["items"]![0]).Should().BeEquivalentTo(SchemaFields("OrderLine")).And.BeEquivalentTo(RequiredFields("OrderLine"));
        FieldsOf(json["statusHistory"]![1]).Should().BeEquivalentTo(SchemaFields("StatusChange"));
        FieldsOf(json["shipping"]).Should().BeEquivalentTo(SchemaFields("Shipping"));
        FieldsOf(json["shipping"]!["address"]).Should().BeEquivalentTo(SchemaFields("Address"));
    }

    [Fact]
    public void OrderSchemas_RequireExactlyTheFieldsAPlainOrderWrites()
    {
        var json = JsonNode.Parse(Serialize(OrderResponse.From(Pending("key-1"), PlainShipping)))!;
        var listed = JsonNode.Parse(Serialize(OrderResponse.From(Pending("key-1"), null)))!;

        FieldsOf(listed).Should().BeEquivalentTo(RequiredFields("Order"));
        FieldsOf(json["statusHistory"]![0]).Should().BeEquivalentTo(RequiredFields("StatusChange"));
        FieldsOf(json["shipping"]).Should().BeEquivalentTo(RequiredFields("Shipping"));
        FieldsOf(json["shipping"]!["address"]).Should().BeEquivalentTo(RequiredFields("Address"));
    }

    [Fact]
    public void StatusEnums_AreExactlyTheOrderStatusesAndRejectionReasons()
    {
        Schema("OrderStatus")["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal(Enum.GetValues<OrderStatus>().Select(OrderStatusRules.Name));
        Schema("RejectionReason")["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(RejectionReason.All);
        Parameters("/api/admin/orders", "get").Single(p => p!["name"]!.GetValue<string>() == "status")!["schema"]!["$ref"]!
            .GetValue<string>().Should().Be("#/components/schemas/OrderStatus");
    }

    [Fact]
    public async Task OrderLists_AsTheHandlersWriteThem_MatchTheOrderPageSchema_WithoutShipping()
    {
        var store = new InMemoryOrderStore();
        store.Add([.. Enum.GetValues<OrderStatus>().Select(s => InStatus(s, "key-" + s))]);
        var shopper = Requests.SignedIn(Requests.Get("/api/orders"), "user-1");
        var seller = Requests.SignedIn(Requests.Get("/api/seller/orders"), "seller-1", "sellers");
        var admin = Requests.SignedIn(Requests.Get("/api/admin/orders", new() { ["limit"] = "2" }), "admin-1", "admins");
        var adminByStatus = Requests.SignedIn(Requests.Get("/api/admin/orders", new() { ["status"] = "SHIPPED" }), "admin-1", "admins");

        var pages = new[]
        {
            await new ListOrdersHandler(store).HandleAsync(shopper, Requests.Context, CancellationToken.None),
            await new ListSellerOrdersHandler(store).HandleAsync(seller, Requests.Context, CancellationToken.None),
            await new ListAllOrdersHandler(store).HandleAsync(admin, Requests.Context, CancellationToken.None),
            await new ListAllOrdersHandler(store).HandleAsync(adminByStatus, Requests.Context, CancellationToken.None),
        };

        foreach (var page in pages)
        {
            page.StatusCode.Should().Be(200, page.Body);
            Violations("OrderPage", page.Body!).Should().BeEmpty();
            JsonNode.Parse(page.Body!)!["items"]!.AsArray().Should().NotBeEmpty()
                .And.OnlyContain(item => !item!.AsObject().ContainsKey("shipping"));
            page.Headers!["cache-control"].Should().Be(NoStoreHeader());
        }

        FieldsOf(JsonNode.Parse(pages[2].Body!)).Should().BeEquivalentTo(SchemaFields("OrderPage"));
        JsonNode.Parse(pages[2].Body!)!["nextCursor"]!.GetValue<string>().Should().NotBeEmpty("the admin page was limited to 2 of 6");
    }

    [Fact]
    public async Task AShippedOrder_AsTheSellerSeesIt_MatchesTheOrderSchema_WithoutShipping()
    {
        var store = new InMemoryOrderStore();
        var confirmed = InStatus(OrderStatus.Confirmed, "key-1");
        store.Add(confirmed);
        var request = Requests.SignedIn(Requests.Get($"/api/seller/orders/{confirmed.Id}/ship", pathParameters: new() { ["id"] = confirmed.Id }),
            "seller-1", "sellers");

        var response = await new ShipOrderHandler(new OrderShipment(store, new FakePaymentGateway(), new FixedTime(Placed.AddDays(1))))
            .HandleAsync(request, Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(200, response.Body);
        Violations("Order", response.Body!).Should().BeEmpty();
        JsonNode.Parse(response.Body!)!.AsObject().Should().NotContainKey("shipping");
    }

    [Fact]
    public async Task DeadLetters_AsTheHandlerWritesThem_MatchTheDeadLetterPageSchema()
    {
        var store = new InMemoryOrderStore();
        var failed = Pending("key-1") with { LastError = "PaymentUnavailable: the provider did not answer." };
        store.Add(failed);
        var queue = new InMemoryDeadLetterQueue();
        queue.Letters.Add(new DeadLetter("m-1", new OrderMessage(failed.Id).ToJson(), 5, Placed.AddSeconds(2)));
        queue.Letters.Add(new DeadLetter("m-2", "not an order message", 3, Placed.AddSeconds(3)));
        queue.Letters.Add(new DeadLetter("m-3", new OrderMessage(Pending("key-gone").Id).ToJson(), 1, Placed.AddSeconds(4)));
        var request = Requests.SignedIn(Requests.Get("/api/admin/dead-letters"), "admin-1", "admins");

        var response = await new ListDeadLettersHandler(queue, store).HandleAsync(request, Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(200, response.Body);
        Violations("DeadLetterPage", response.Body!).Should().BeEmpty();
        var json = JsonNode.Parse(response.Body!)!;
        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("DeadLetterPage")).And.BeEquivalentTo(RequiredFields("DeadLetterPage"));
        FieldsOf(json["items"]![0]).Should().BeEquivalentTo(SchemaFields("DeadLetter"));
        FieldsOf(json["items"]![2]).Should().BeEquivalentTo(RequiredFields("DeadLetter").Append("orderId"),
            "an order with no recorded error has no error field");
    }

    [Fact]
    public void DeadLetterSchema_RequiresExactlyTheFieldsOfALetterThatNamesNoOrder()
    {
        var json = JsonSerializer.Serialize(
            new PageResponse<DeadLetterResponse>([new DeadLetterResponse("m-1", null, 1, new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc), null)], null),
            FunctionsJsonContext.Default.PageResponseDeadLetterResponse);

        Violations("DeadLetterPage", json).Should().BeEmpty();
        FieldsOf(JsonNode.Parse(json)!["items"]![0]).Should().BeEquivalentTo(RequiredFields("DeadLetter"));
    }

    [Fact]
    public async Task ARedrive_AsTheHandlerWritesIt_MatchesTheRedriveSchema()
    {
        var queue = new InMemoryDeadLetterQueue();
        queue.Letters.Add(new DeadLetter("m-1", "{}", 5, Placed));
        queue.Letters.Add(new DeadLetter("m-2", "{}", 5, Placed));
        var request = Requests.SignedIn(Requests.Get("/api/admin/dead-letters/redrive"), "admin-1", "admins");

        var response = await new RedriveDeadLettersHandler(queue).HandleAsync(request, Requests.Context, CancellationToken.None);

        response.StatusCode.Should().Be(202);
        Violations("Redrive", response.Body!).Should().BeEmpty();
        FieldsOf(JsonNode.Parse(response.Body!)).Should().BeEquivalentTo(SchemaFields("Redrive")).And.BeEquivalentTo(RequiredFields("Redrive"));
        JsonNode.Parse(response.Body!)!["redriven"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public void OrderOperations_DocumentEveryStatusTheHandlersAnswer()
    {
        // Every operation may also answer the edge's 403 (origin check) and 429 (rate rule), 400 for a hostile query value or
        // header and 503 while a dependency is down; those with an id 404 for one that cannot be an id: see OpenApiStatusTests.
        Responses("/api/orders", "post").Should().BeEquivalentTo("202", "400", "401", "403", "404", "409", "413", "422", "429", "503");
        Document["paths"]!["/api/orders"]!["post"]!["responses"]!["202"]!["headers"]!.AsObject().Select(h => h.Key)
            .Should().BeEquivalentTo("Location", "idempotent-replayed");
        Responses("/api/orders/{id}", "get").Should().BeEquivalentTo("200", "400", "401", "403", "404", "429", "503");
        Responses("/api/orders/{id}/cancel", "post").Should().BeEquivalentTo("200", "400", "401", "403", "404", "409", "429", "503");
        Responses("/api/seller/orders/{id}/ship", "post").Should().BeEquivalentTo("200", "400", "401", "403", "404", "409", "429", "503");
        Responses("/api/seller/orders/{id}/deliver", "post").Should().BeEquivalentTo("200", "400", "401", "403", "404", "409", "429", "503");
        Responses("/api/admin/dead-letters/redrive", "post").Should().BeEquivalentTo("202", "400", "401", "403", "429", "503");
    }

    [Fact]
    public void OrderLists_DocumentEveryQueryParameterTheFunctionsRead()
    {
        Names(Parameters("/api/orders", "get")).Should().BeEquivalentTo("limit", "cursor");
        Names(Parameters("/api/seller/orders", "get")).Should().BeEquivalentTo("limit", "cursor");
        Names(Parameters("/api/admin/orders", "get")).Should().BeEquivalentTo("status", "limit", "cursor");
        Names(Parameters("/api/admin/dead-letters", "get")).Should().BeEquivalentTo(["limit"], "the dead-letter list has no cursor");
    }

    private static IEnumerable<string> Names(JsonArray parameters) => parameters.Select(p => p!["name"]!.GetValue<string>());

    private static JsonArray Parameters(string path, string method) => Document["paths"]![path]![method]!["parameters"]!.AsArray();

    private static IEnumerable<string> Responses(string path, string method) =>
        Document["paths"]![path]![method]!["responses"]!.AsObject().Select(r => r.Key);

    private static string NoStoreHeader() =>
        Document["paths"]!["/api/orders"]!["get"]!["responses"]!["200"]!["headers"]!["Cache-Control"]!["schema"]!["const"]!.GetValue<string>();

    private static string Serialize(OrderResponse order) => JsonSerializer.Serialize(order, FunctionsJsonContext.Default.OrderResponse);

    private static Order Pending(string idempotencyKey) => new()
    {
        Id = OrderIds.From("user-1", idempotencyKey),
        CustomerId = "user-1",
        Status = OrderStatus.Pending,
        Lines =
        [
            new OrderLine("p-1", "Game p-1", "PC", "seller-1", new Money(4999, "SGD"), 2),
            new OrderLine("p-2", "Game p-2", "Switch", "seller-2", new Money(1500, "SGD"), 1),
        ],
        PersonalData = new ProtectedFields("key-1", "ZGF0YWtleQ==", new Dictionary<string, string>(StringComparer.Ordinal)),
        History = [new StatusChange(OrderStatus.Pending, Placed)],
        CreatedAt = Placed,
        UpdatedAt = Placed,
    };

    /// <summary>An order taken along the state machine's own moves to <paramref name="status"/>.</summary>
    private static Order InStatus(OrderStatus status, string idempotencyKey)
    {
        var pending = Pending(idempotencyKey);
        var at = Placed.AddMinutes(1);
        var confirmed = pending.MoveTo(OrderStatus.Confirmed, at);
        return status switch
        {
            OrderStatus.Pending => pending,
            OrderStatus.Confirmed => confirmed,
            OrderStatus.Rejected => pending.MoveTo(OrderStatus.Rejected, at, RejectionReason.OutOfStock),
            OrderStatus.Cancelled => confirmed.MoveTo(OrderStatus.Cancelled, at.AddMinutes(1)),
            OrderStatus.Shipped => confirmed.MoveTo(OrderStatus.Shipped, at.AddDays(1)),
            OrderStatus.Delivered => confirmed.MoveTo(OrderStatus.Shipped, at.AddDays(1)).MoveTo(OrderStatus.Delivered, at.AddDays(2)),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }
}
