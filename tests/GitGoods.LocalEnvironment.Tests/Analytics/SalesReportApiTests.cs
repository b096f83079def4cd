using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>
/// GET /api/seller/reports/sales over real HTTP on a running stack: orders placed and cancelled through the API reach
/// the report through the table's stream, the local stream poller and the rollup function.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SalesReportApiTests(LocalEnvironmentFixture fixture)
{
    /// <summary>api.md: reports may lag the orders by at most 30 s.</summary>
    private static readonly TimeSpan ReportLag = TimeSpan.FromSeconds(30);

    private static string Today => ShopCalendar.For("Asia/Singapore").Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("sales-reports");

    [Fact]
    public async Task ConfirmedOrders_Count_ACancellationNetsOut_AndARejectionNeverCounts()
    {
        var stack = await StackAsync();
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
        var before = await ReportAsync(stack, seller, $"?from={Today}&to={Today}");
        var kept = await NewProductAsync(stack, stock: 10, price: 5999);
        var cancelled = await NewProductAsync(stack, stock: 10, price: 1500);
        var shopper = ShopperToken(stack, "reports-" + Guid.NewGuid().ToString("N"));

        await PlaceSettledAsync(stack, shopper, kept, 2, "pm_card_visa", "CONFIRMED");
        var toCancel = await PlaceSettledAsync(stack, shopper, cancelled, 1, "pm_card_visa", "CONFIRMED");
        await PlaceSettledAsync(stack, shopper, kept, 1, "pm_card_chargeDeclined", "REJECTED");
        using (var cancel = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{toCancel}/cancel", shopper))
        {
            cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        JsonObject report = [];
        await Eventually.HoldsAsync(async () =>
        {
            report = await ReportAsync(stack, seller, $"?from={Today}&to={Today}");
            return Units(report) == Units(before) + 2 && Orders(report) == Orders(before) + 1 && Revenue(report) == Revenue(before) + 11998;
        }, ReportLag, "the report shows the kept order only");

        report["currency"]!.GetValue<string>().Should().Be("SGD");
        report["byDay"]!.AsArray().Single()!["date"]!.GetValue<string>().Should().Be(Today);
        var top = report["topProducts"]!.AsArray().Single(p => p!["productId"]!.GetValue<string>() == kept)!;
        top["units"]!.GetValue<long>().Should().Be(2);
        top["revenue"]!.ToJsonString().Should().Be("""{"amount":11998,"currency":"SGD"}""");
        report["topProducts"]!.AsArray().Concat(report["bottomProducts"]!.AsArray())
            .Should().NotContain(p => p!["productId"]!.GetValue<string>() == cancelled, "its only sale was cancelled");
    }

    [Fact]
    public async Task WithoutDates_TheReportCoversTheLast30Days_EveryDayListed_AndIsNotCached()
    {
        var stack = await StackAsync();
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;

        using var response = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales", seller);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.CacheControl!.Private, response.Headers.CacheControl.NoStore).Should().Be((true, true));
        var days = (await JsonAsync(response))["byDay"]!.AsArray().Select(d => d!["date"]!.GetValue<string>()).ToList();
        days.Should().HaveCount(30).And.BeInAscendingOrder(StringComparer.Ordinal);
        days[^1].Should().Be(Today);
    }

    [Theory]
    [InlineData("?from=2026-01-01", "to")]
    [InlineData("?to=2026-01-01", "from")]
    [InlineData("?from=2026-13-01&to=2026-12-31", "from")]
    [InlineData("?from=2026-01-01&to=01/02/2026", "to")]
    [InlineData("?from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("?from=2025-01-01&to=2026-01-02", "to")]
    [InlineData("?sellerId=", "sellerId")]
    public async Task ABadRange_Is400ProblemJson_NamingTheField(string query, string field)
    {
        var stack = await StackAsync();
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;

        using var response = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales" + query, seller);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(response))["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field);
    }

    [Fact]
    public async Task WithoutAToken_Is401()
    {
        var stack = await StackAsync();
        using var response = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales", bearer: null);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AShopper_AndASellerAskingForAnotherSeller_Get403()
    {
        var stack = await StackAsync();
        var shopper = ShopperToken(stack, "nosy-" + Guid.NewGuid().ToString("N"));
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;

        using var asShopper = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales", shopper);
        using var asOtherSeller = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales?sellerId=someone-else", seller);

        asShopper.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asOtherSeller.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        asOtherSeller.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task AnAdmin_ReadsAnySellersReport_AndASellerMayNameThemselves()
    {
        var stack = await StackAsync();
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
        var admin = (await stack.Identity.SignInAsync("admin@gitgoods.local")).IdToken;
        using var me = await SendAsync(stack, HttpMethod.Get, "/api/me", seller);
        var sellerId = (await JsonAsync(me))["id"]!.GetValue<string>();
        var query = $"?from=2026-01-01&to=2026-01-31&sellerId={Uri.EscapeDataString(sellerId)}";

        var asAdmin = await ReportAsync(stack, admin, query);
        var asSeller = await ReportAsync(stack, seller, query);

        asAdmin["byDay"]!.AsArray().Should().HaveCount(31);
        asAdmin.ToJsonString().Should().Be(asSeller.ToJsonString());
    }

    private static async Task<JsonObject> ReportAsync(LocalEnvironmentHost stack, string bearer, string query)
    {
        using var response = await SendAsync(stack, HttpMethod.Get, "/api/seller/reports/sales" + query, bearer);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private static async Task<string> PlaceSettledAsync(LocalEnvironmentHost stack, string shopper, string product, int quantity, string card, string status)
    {
        using var placed = await PlaceAsync(stack, shopper, "k-" + Guid.NewGuid(), Body(product, quantity, token: card));
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        (await SettledAsync(stack, shopper, id))["status"]!.GetValue<string>().Should().Be(status);
        return id;
    }

    private static long Units(JsonObject report) => report["totals"]!["units"]!.GetValue<long>();

    private static long Orders(JsonObject report) => report["totals"]!["orders"]!.GetValue<long>();

    private static long Revenue(JsonObject report) => report["totals"]!["revenue"]!["amount"]!.GetValue<long>();
}
