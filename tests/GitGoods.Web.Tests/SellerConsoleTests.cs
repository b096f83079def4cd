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
            await Expect(add).ToBeVisibleAsync();
            await KeyPage.CheckAsync(page, test, "seller-products");

            await add.ClickAsync();
            await Expect(Label(page, "Title")).ToBeVisibleAsync();
            await KeyPage.CheckAsync(page, test, "seller-product-form");
            await Label(page, "Title").FillAsync(title);
            await FillOrChooseAsync(page.GetByLabel("Platform"), "PC");
            await page.GetByLabel("Description").FillAsync("A test game listed by the end-to-end tests.");
            await page.GetByLabel("Price").FillAsync("19.90");
            await page.GetByLabel("Stock").FillAsync("7");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create game" }).ClickAsync();
            await Expect(page.GetByText(title).First).ToBeVisibleAsync();
        }

        await using var shopper = await fixture.OpenAsync();
        await shopper.Page.GotoAsync("/");
        await SearchAsync(shopper.Page, title);
        await Expect(GameLink(shopper.Page, title)).ToBeVisibleAsync();
    }

    /// <summary>The platform may be a text box or a list of choices.</summary>
    private static async Task FillOrChooseAsync(ILocator field, string value)
    {
        var tag = await field.EvaluateAsync<string>("element => element.tagName");
        if (string.Equals(tag, "SELECT", StringComparison.Ordinal))
        {
            await field.SelectOptionAsync(new SelectOptionValue { Label = value });
        }
        else
        {
            await field.FillAsync(value);
        }
    }
}
