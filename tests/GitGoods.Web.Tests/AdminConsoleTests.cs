using GitGoods.LocalStack.Identity;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>The demo admin sees shoppers' orders and the dead letters in the admin console.</summary>
[Collection(WebTests.Name)]
public sealed class AdminConsoleTests(WebStackFixture fixture)
{
    [Fact]
    public async Task AnAdminSeesAShoppersOrder_AndTheDeadLetters()
    {
        const string test = "admin";
        string order;
        await using (var shopper = await fixture.OpenAsync())
        {
            await SignUpAsync(shopper.Page, NewEmail("admin-sees"));
            order = await BuyAsync(shopper.Page, ApprovedCard);
            await Expect(OrderStatus(shopper.Page, AriaRole.Status, "Confirmed")).ToBeVisibleAsync(OrderSettles);
        }

        await using var admin = await fixture.OpenAsync();
        var page = admin.Page;
        await SignInAsync(page, DemoUsers.All.Single(u => string.Equals(u.Group, "admins", StringComparison.Ordinal)).Email, "/admin/orders");
        await Expect(page.GetByLabel("Status")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(order);
        await KeyPage.CheckAsync(page, test, "admin-orders");

        await page.GotoAsync("/admin/dead-letters");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "dead letters", Level = 1 })).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "admin-dead-letters");
    }
}
