using GitGoods.Domain.Catalog.Platforms;
using GitGoods.LocalEnvironment.Identity;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>The demo seller lists a new game in the seller console; shoppers then find it.</summary>
[Collection(WebTests.Name)]
public sealed class SellerConsoleTests(WebStackFixture fixture)
{
    [Fact]
    public async Task ASellerCreatesAGame_AShopperFindsAndBuysIt_TheSellerShipsTheOrder()
    {
        const string test = "seller";
        var title = "Playwright Quest " + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using (var seller = await fixture.OpenAsync())
        {
            var page = seller.Page;
            await SignInAsync(page, DemoUsers.All.Single(u => string.Equals(u.Group, "sellers", StringComparison.Ordinal)).Email, "/seller/products");
            var add = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Add a game" });
            await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "My products", Level = 2 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Your games" })).ToBeVisibleAsync();
            await KeyPage.CheckAsync(page, test, "seller-products");

            await add.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Add a game", Level = 2 })).ToBeVisibleAsync();
            await KeyPage.CheckAsync(page, test, "seller-product-form");
            await Label(page, "Title").FillAsync(title);
            // A select of the managed platforms from /config.json (decision 0033), not free text.
            var platform = Label(page, "Platform");
            await Expect(platform.Locator("option:not([disabled])")).ToHaveTextAsync([.. ManagedPlatforms.Default.Names]);
            await platform.SelectOptionAsync("PC");
            await Label(page, "Description").FillAsync("A test game listed by the end-to-end tests.");
            await Label(page, "Price (S$)").FillAsync("19.90");
            await Label(page, "Stock").FillAsync("7");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add game", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = $"{title} was added to the shop." })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = title, Exact = true })).ToBeVisibleAsync();
        }

        string order;
        await using (var shopper = await fixture.OpenAsync())
        {
            var page = shopper.Page;
            await page.GotoAsync("/");
            await SearchAsync(page, title);
            await Expect(GameLink(page, title)).ToBeVisibleAsync();

            // The shopper buys the new game, so the seller has an order to fulfil.
            await SignUpAsync(page, NewEmail("buys-new-game"));
            await SearchAsync(page, title);
            await OpenGameAsync(page, title);
            await AddToCartAsync(page);
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "View cart" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Check out" }).ClickAsync();
            order = await PlaceOrderAsync(page, ApprovedCard);
            await Expect(OrderStatus(page, AriaRole.Status, "Confirmed")).ToBeVisibleAsync(OrderSettles);
        }

        await using var fulfils = await fixture.OpenAsync();
        await SignInAsync(fulfils.Page, DemoUsers.All.Single(u => string.Equals(u.Group, "sellers", StringComparison.Ordinal)).Email, "/seller/orders");
        var ship = fulfils.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Mark shipped (order {order})", Exact = true });
        await Expect(ship).ToBeVisibleAsync();
        await KeyPage.CheckAsync(fulfils.Page, test, "seller-orders");
        await ship.ClickAsync();
        await Expect(fulfils.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Mark delivered (order {order})", Exact = true })).ToBeVisibleAsync();
    }
}
