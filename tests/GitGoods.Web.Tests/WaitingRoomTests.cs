using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Seed;
using GitGoods.TestSupport;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>
/// A sales day: a sale with room for one shopper at a time. The first shopper is let in and holds the room; a second
/// shopper's checkout waits in line and shows the place; the operator opens the doors (capacity and rate up); the
/// second shopper is let in and the order is placed by itself, once.
/// </summary>
[Collection(WebTests.Name)]
public sealed class WaitingRoomTests(WebStackFixture fixture)
{
    /// <summary>The sale's game: a seeded one other than <see cref="Shop.Game"/>, so the other tests never meet this sale.</summary>
    private static SeedGame SaleGame { get; } = SeedGame.LoadAll()
        .Where(g => string.Equals(g.Status, "ACTIVE", StringComparison.Ordinal) && g.Stock >= 5 && g.Id != Game.Id && g.Title != Game.Title)
        .OrderByDescending(g => g.Stock)
        .First();

    /// <summary>Admission can wait for the next check-in and the admission rate's next slot on a busy machine.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Admitted = new() { Timeout = 60_000 };

    [Fact]
    public async Task ASecondShopperWaitsInLine_ThenIsLetInWhenTheDoorsOpen_AndTheOrderIsPlacedByItself()
    {
        const string test = "waiting-room";
        var saleId = "web-sale-" + Guid.NewGuid().ToString("N")[..12];
        var admin = await TokenAsync(DemoUsers.All.Single(u => string.Equals(u.Group, "admins", StringComparison.Ordinal)).Email);
        await SaveSaleAsync(admin, saleId, capacity: 1, ratePerMinute: 1);
        try
        {
            // The first shopper is let in at once and holds the only place in checkout.
            var first = await NewShopperTokenAsync();
            var joined = await SendAsync(HttpMethod.Post, $"/api/waiting-room/{saleId}/positions", first);
            joined["state"]!.GetValue<string>().Should().Be("ADMITTED");

            await using var session = await fixture.OpenAsync();
            var page = session.Page;
            await SignUpAsync(page, NewEmail("waits"));
            await page.GotoAsync("/");
            await FindAndOpenAsync(page, SaleGame);
            await AddToCartAsync(page);
            await page.GotoAsync("/checkout");
            await Expect(Heading(page, "Checkout")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = ApprovedCard, Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Place order" }).ClickAsync();

            var place = page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasTextRegex = Pattern(@"You are number \d+ in line") });
            await Expect(place).ToBeVisibleAsync();
            await Expect(place).ToHaveAttributeAsync("aria-live", "polite");
            await KeyPage.CheckAsync(page, test, "in-line");

            // The operator opens the doors: more room and a faster rate, on the live sale.
            await SaveSaleAsync(admin, saleId, capacity: 10, ratePerMinute: 600);

            var heading = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = Pattern("^Order [0-9A-Z]{8}$"), Level = 1 });
            await Expect(heading).ToBeVisibleAsync(Admitted);
            await Expect(OrderStatus(page, AriaRole.Status, "Confirmed")).ToBeVisibleAsync(OrderSettles);

            var sale = (await SendAsync(HttpMethod.Get, "/api/admin/sales", admin))["sales"]!.AsArray()
                .Single(s => string.Equals(s!["saleId"]!.GetValue<string>(), saleId, StringComparison.Ordinal))!;
            sale["completed"]!.GetValue<int>().Should().Be(1, "the second shopper's order is placed once, and the first shopper placed none");
        }
        finally
        {
            using var ended = await RequestAsync(HttpMethod.Delete, $"/api/admin/sales/{saleId}", admin);
        }
    }

    private async Task<string> TokenAsync(string email, string password = DemoUsers.Password) =>
        (await fixture.Stack.Identity.SignInAsync(email, password)).IdToken;

    private async Task<string> NewShopperTokenAsync()
    {
        var email = NewEmail("first-in");
        const string password = "Playwright!2026";
        var (status, body) = await fixture.Stack.Identity.SignUpAsync(email, password, "Grace Hopper");
        status.Should().Be(200, body.ToJsonString());
        return await TokenAsync(email, password);
    }

    private async Task SaveSaleAsync(string admin, string saleId, int capacity, int ratePerMinute)
    {
        var now = DateTimeOffset.UtcNow;
        await SendAsync(HttpMethod.Put, $"/api/admin/sales/{saleId}", admin, new JsonObject
        {
            ["name"] = "Playwright sale",
            ["startsAt"] = now.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture),
            ["endsAt"] = now.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            ["productIds"] = new JsonArray(SaleGame.Id),
            ["capacity"] = capacity,
            ["admissionRatePerMinute"] = ratePerMinute,
        });
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, string token, JsonObject? body = null)
    {
        using var response = await RequestAsync(method, path, token, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return response.StatusCode == HttpStatusCode.NoContent ? [] : JsonNode.Parse(text)!.AsObject();
    }

    private async Task<HttpResponseMessage> RequestAsync(HttpMethod method, string path, string token, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await fixture.Stack.Client.SendAsync(request);
    }
}
