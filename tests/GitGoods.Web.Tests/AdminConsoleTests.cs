using GitGoods.LocalEnvironment.Identity;
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
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "All orders", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Status" })).ToBeVisibleAsync();
        var orders = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "All orders" });
        await Expect(orders.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"Order {order}", Exact = true }),
        })).ToContainTextAsync("Confirmed");
        await KeyPage.CheckAsync(page, test, "admin-orders");

        // The status filter (kept in the URL) still lists the order among the confirmed ones.
        await page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Status" }).SelectOptionAsync(new SelectOptionValue { Label = "Confirmed" });
        await Expect(page).ToHaveURLAsync(Pattern("status=CONFIRMED"));
        await Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Confirmed orders" })).ToContainTextAsync(order);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Dead letters", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Dead letters", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Failed order messages" })
            .Or(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "No failed orders — nothing to redrive" }))).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "admin-dead-letters");
    }
}
