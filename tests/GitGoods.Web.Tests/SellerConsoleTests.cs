using GitGoods.LocalStack.Identity;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>The demo seller lists a new game in the seller console; shoppers then find it.</summary>
[Collection(WebTests.Name)]
public sealed class SellerConsoleTests(WebStackFixture fixture)
{
    [Fact]
    public async Task ASellerCreatesAGame_ThatShoppersThenFindBySearch()
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
            await Label(page, "Platform").FillAsync("PC");
            await Label(page, "Description").FillAsync("A test game listed by the end-to-end tests.");
            await Label(page, "Price (S$)").FillAsync("19.90");
            await Label(page, "Stock").FillAsync("7");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add game", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = $"{title} was added to the shop." })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = title, Exact = true })).ToBeVisibleAsync();
        }

        await using var shopper = await fixture.OpenAsync();
        await shopper.Page.GotoAsync("/");
        await SearchAsync(shopper.Page, title);
        await Expect(GameLink(shopper.Page, title)).ToBeVisibleAsync();
    }
}
