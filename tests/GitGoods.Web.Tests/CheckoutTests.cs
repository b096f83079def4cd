using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>A new shopper's way through the shop to an order, with an approved and a declined test card.</summary>
[Collection(WebTests.Name)]
public sealed class CheckoutTests(WebStackFixture fixture)
{
    [Fact]
    public async Task BrowseSearchFilter_AddToCart_SignUp_CheckOutWithVisa_ConfirmedAndInHistory()
    {
        const string test = "checkout";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(Heading(page, "Games")).ToBeVisibleAsync();
        await Expect(ResultCount(page)).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "home");

        await FindAndOpenAsync(page, Game);
        await KeyPage.CheckAsync(page, test, "product");
        await AddToCartAsync(page);
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Cart, 1 item", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "View cart" }).ClickAsync();
        await Expect(Heading(page, "Your cart")).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync("Your cart · Git Goods");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = Game.Title, Exact = true })).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "cart");

        // Checking out signed out leads to sign-in, then to a new account, then back to checkout.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Check out" }).ClickAsync();
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "sign-in");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Create an account" }).ClickAsync();
        await Expect(Heading(page, "Create your account")).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "sign-up");
        await CompleteSignUpAsync(page, NewEmail("visa"));

        await Expect(Heading(page, "Checkout")).ToBeVisibleAsync();
        var summary = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Order summary" });
        await Expect(summary).ToContainTextAsync(Game.Title);
        await KeyPage.CheckAsync(page, test, "checkout");

        var order = await PlaceOrderAsync(page, ApprovedCard);
        await Expect(OrderStatus(page, AriaRole.Status, "Confirmed")).ToBeVisibleAsync(OrderSettles);
        await KeyPage.CheckAsync(page, test, "order-confirmation");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "All your orders" }).ClickAsync();
        await Expect(Heading(page, "Your orders")).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"Order {order}", Exact = true }),
        });
        await Expect(row).ToContainTextAsync("Confirmed");
        await KeyPage.CheckAsync(page, test, "order-history");
    }

    [Fact]
    public async Task DeclinedCard_ShowsTheRejectionInPlainWords()
    {
        const string test = "declined";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await SignUpAsync(page, NewEmail("declined"));

        await BuyAsync(page, DeclinedCard);

        await Expect(OrderStatus(page, AriaRole.Alert, "Your card was declined")).ToBeVisibleAsync(OrderSettles);
        await Expect(OrderStatus(page, AriaRole.Alert, "Not placed")).ToBeVisibleAsync();
        await Expect(OrderStatus(page, AriaRole.Alert, "You have not been charged")).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "order-rejected");
    }
}
