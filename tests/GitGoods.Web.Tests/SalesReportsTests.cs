using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>
/// The demo seller's Sales reports page shows a real, confirmed order: the totals, the charts and their tables, with no
/// accessibility violation. The order is placed through the API for a game of the test's own, so other tests' sales
/// cannot change what it looks for.
/// </summary>
[Collection(WebTests.Name)]
public sealed class SalesReportsTests(WebStackFixture fixture)
{
    private const int Units = 40;
    private const int UnitPrice = 125;

    /// <summary>api.md: reports lag orders by at most 30 s; twice that on a busy 2-core machine.</summary>
    private static readonly TimeSpan ReportLag = TimeSpan.FromSeconds(60);

    private static string SellerEmail => DemoUsers.All.Single(u => string.Equals(u.Group, "sellers", StringComparison.Ordinal)).Email;

    private HttpClient Api => fixture.Stack.Client;

    [Fact]
    public async Task AConfirmedOrder_ShowsInTheSellersSalesReport_WithChartsTablesAndNoAxeViolations()
    {
        const string test = "sales-reports";
        var title = "Report Quest " + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var seller = await fixture.Stack.Identity.SignInAsync(SellerEmail);
        var productId = await CreateGameAsync(seller.IdToken, title);
        await PlaceConfirmedOrderAsync(productId);
        await WaitForReportAsync(seller.IdToken, productId);

        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await SignInAsync(page, SellerEmail, "/seller/reports");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Sales reports", Level = 2 })).ToBeVisibleAsync();
        await Expect(PresetButton(page, "Last 30 days")).ToHaveAttributeAsync("aria-pressed", "true");
        await PresetButton(page, "Last 7 days").ClickAsync();
        await Expect(PresetButton(page, "Last 7 days")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page).ToHaveURLAsync(Pattern(@"/seller/reports\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$"));

        // The totals include the order (other tests' sales may add to them).
        var totals = page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { NameRegex = Pattern("^Totals, ") });
        await Expect(totals).ToContainTextAsync("Revenue");
        await Expect(totals).ToContainTextAsync("Units sold");
        await Expect(totals).ToContainTextAsync("Orders");
        var unitsSold = int.Parse(await totals.Locator("div", new LocatorLocatorOptions { HasText = "Units sold" }).Locator("dd").InnerTextAsync(), CultureInfo.InvariantCulture);
        unitsSold.Should().BeGreaterThanOrEqualTo(Units);

        // The charts: pictures with a summary for screen readers.
        await Expect(Chart(page, "^Line chart of revenue by day, ")).ToBeVisibleAsync();
        await Expect(Chart(page, "^Bar chart of units sold for your \\d+ best-selling games\\. Most: ")).ToBeVisibleAsync();
        await Expect(Chart(page, "^Bar chart of units sold for your \\d+ slowest-selling games\\.")).ToBeVisibleAsync();

        // Their table alternatives: always in the accessibility tree, shown on request.
        await Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { NameRegex = Pattern("^Revenue by day, ") }).GetByRole(AriaRole.Row)).ToHaveCountAsync(1 + 7);
        await Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Slowest sellers by units", Exact = true })).ToBeAttachedAsync();
        var best = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Best sellers by units", Exact = true });
        var row = best.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = title, Exact = true }),
        });
        await Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync([Pattern($"^{Units}$"), Pattern(@"\$50\.00$")]);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show table of best sellers" }).ClickAsync();
        await Expect(best).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Hide table of best sellers" })).ToBeVisibleAsync();

        // Screenshot and the page-wide check (no serious or critical violation), then none at all in the report itself.
        await KeyPage.CheckAsync(page, test, "seller-sales-reports");
        var report = await page.Locator("section.sales-reports").RunAxe();
        report.Passes.Should().NotBeEmpty();
        report.Violations.Should().BeEmpty("the sales report should have no axe violations of any impact: {0}",
            string.Join(", ", report.Violations.Select(v => $"{v.Id} ({v.Impact})")));
    }

    private static ILocator PresetButton(IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    private static ILocator Chart(IPage page, string label) =>
        page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = Pattern(label) });

    /// <summary>A game of the test's own, listed by the demo seller at S$1.25 with enough stock for the order.</summary>
    private async Task<string> CreateGameAsync(string sellerToken, string title)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/seller/products", sellerToken, new JsonObject
        {
            ["title"] = title,
            ["platform"] = "PC",
            ["description"] = "A game listed by the sales report test.",
            ["price"] = new JsonObject { ["amount"] = UnitPrice, ["currency"] = "SGD" },
            ["stock"] = Units * 2,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var product = await response.Content.ReadFromJsonAsync<JsonObject>();
        return product!["id"]!.GetValue<string>();
    }

    /// <summary>A new shopper buys <see cref="Units"/> units with the approved test card; returns once the order is CONFIRMED.</summary>
    private async Task PlaceConfirmedOrderAsync(string productId)
    {
        var email = NewEmail("report-buyer");
        var (status, body) = await fixture.Stack.Identity.SignUpAsync(email, "Playwright!2026", "Rita Report", "+6591234567");
        status.Should().Be(200, body.ToJsonString());
        var shopper = await fixture.Stack.Identity.SignInAsync(email, "Playwright!2026");

        using var placed = await SendAsync(HttpMethod.Post, "/api/orders", shopper.IdToken, new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject { ["productId"] = productId, ["quantity"] = Units }),
            ["shipping"] = new JsonObject
            {
                ["name"] = "Rita Report",
                ["phone"] = "+6591234567",
                ["address"] = new JsonObject { ["line1"] = "1 Fullerton Road", ["city"] = "Singapore", ["postalCode"] = "049213", ["country"] = "SG" },
            },
            ["payment"] = new JsonObject { ["method"] = "card", ["token"] = "pm_card_visa" },
        }, idempotencyKey: Guid.NewGuid().ToString("N"));
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync());
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        string? state = null;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await SendAsync(HttpMethod.Get, $"/api/orders/{orderId}", shopper.IdToken);
            state = (await response.Content.ReadFromJsonAsync<JsonObject>())?["status"]?.GetValue<string>();
            return state is "CONFIRMED" or "REJECTED";
        }, TimeSpan.FromSeconds(30), $"order {orderId} settles");
        state.Should().Be("CONFIRMED");
    }

    /// <summary>
    /// Polls the report (the last 7 days, as the page asks for them) until it counts the order, about once a second, with
    /// a deadline: the rollups may lag the orders.
    /// </summary>
    private async Task WaitForReportAsync(string sellerToken, string productId)
    {
        // The report's days are Singapore's (api.md's default shop time zone; UTC+8 all year, no daylight saving).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var path = $"/api/seller/reports/sales?from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var clock = Stopwatch.StartNew();
        string last;
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Get, path, sellerToken);
            var text = await response.Content.ReadAsStringAsync();
            last = $"{(int)response.StatusCode} {text}";
            if (response.IsSuccessStatusCode)
            {
                var report = JsonNode.Parse(text)!.AsObject();
                var units = report["topProducts"]!.AsArray()
                    .Where(p => string.Equals(p!["productId"]!.GetValue<string>(), productId, StringComparison.Ordinal))
                    .Select(p => p!["units"]!.GetValue<int>())
                    .FirstOrDefault();
                if (units == Units)
                {
                    return;
                }
            }

            if (clock.Elapsed > ReportLag)
            {
                throw new TimeoutException($"The sales report did not count the order within {ReportLag.TotalSeconds:F0} s. Last answer: {last}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, JsonObject? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Api.SendAsync(request);
    }
}
