using System.Net;
using GitGoods.LocalEnvironment.Identity;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>
/// A seller gives a game a cover in Chromium: picks a PNG, sees the preview, saves; the shop's product page shows it
/// from <c>/images/products/…</c> (really decoded by the browser); then replaces it with a JPEG and removes it.
/// </summary>
[Collection(WebTests.Name)]
public sealed class SellerImagesTests(WebStackFixture fixture)
{
    [Fact]
    public async Task ASellerUploadsReplacesAndRemovesACover_TheShopShowsIt()
    {
        var title = "Cover Quest " + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using var seller = await fixture.OpenAsync();
        var page = seller.Page;
        await SignInAsync(page, DemoUsers.All.Single(u => string.Equals(u.Group, "sellers", StringComparison.Ordinal)).Email, "/seller/products/new");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Add a game", Level = 2 })).ToBeVisibleAsync();
        await Label(page, "Title").FillAsync(title);
        await Label(page, "Platform").SelectOptionAsync("PC");
        await Label(page, "Price (S$)").FillAsync("9.90");
        await PickAsync(page, "image/png", "cover.png");
        await Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Cover preview" })).ToHaveAttributeAsync("src", Pattern("^data:image/png;base64,"));
        await KeyPage.CheckAsync(page, "seller-images", "seller-product-form-with-cover");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add game", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = $"{title} was added to the shop." })).ToBeVisibleAsync();

        var first = (await ShopCoverAsync(seller, title, src => src is not null))!;
        first.Should().MatchRegex("^/images/products/[0-9a-f]{32}$");
        using (var served = await fixture.Stack.Client.GetAsync(first))
        {
            served.StatusCode.Should().Be(HttpStatusCode.OK);
            served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            served.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromDays(365));
        }

        await EditAsync(page, title);
        await Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Cover preview" })).ToHaveAttributeAsync("src", first);
        await PickAsync(page, "image/jpeg", "cover.jpg");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save changes", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Your changes to {title} were saved.")).ToBeVisibleAsync();
        // The shop's product page may be served from its caches for a few seconds (the contract's freshness bound).
        var second = (await ShopCoverAsync(seller, title, src => src is not null && src != first))!;
        second.Should().MatchRegex("^/images/products/[0-9a-f]{32}$");
        (await fixture.Stack.Client.GetAsync(first)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await EditAsync(page, title);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Remove image" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Cover preview" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save changes", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Your changes to {title} were saved.")).ToBeVisibleAsync();
        (await ShopCoverAsync(seller, title, src => src is null)).Should().BeNull();
        (await fixture.Stack.Client.GetAsync(second)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>Draws a real image in the page (a canvas) and picks it as the cover, then waits for the upload.</summary>
    private static async Task PickAsync(IPage page, string type, string name)
    {
        var dataUrl = await page.EvaluateAsync<string>(
            "type => { const c = document.createElement('canvas'); c.width = 60; c.height = 80; const g = c.getContext('2d'); g.fillStyle = type === 'image/png' ? '#2a7' : '#a27'; g.fillRect(0, 0, 60, 80); return c.toDataURL(type, 0.9); }",
            type);
        var bytes = Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        await Label(page, "Cover image").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = bytes });
        await Expect(page.GetByText("Uploaded: save to show it in the shop.")).ToBeVisibleAsync();
    }

    private static async Task EditAsync(IPage page, string title)
    {
        await page.GotoAsync("/seller/products");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Edit " + title, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save changes", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The shop product page's cover path (null: no cover), once <paramref name="wanted"/> holds for it, reloading the
    /// page until it does; a cover shown has been decoded by the browser (a real 60 × 80 image).
    /// </summary>
    private static async Task<string?> ShopCoverAsync(BrowserSession session, string title, Func<string?, bool> wanted)
    {
        var page = await session.Page.Context.NewPageAsync();
        await page.GotoAsync("/");
        await SearchUntilListedAsync(page, title);
        await OpenGameAsync(page, title);
        var cover = page.Locator("img.cover-large");
        string? src = null;
        await GitGoods.TestSupport.Eventually.HoldsAsync(async () =>
        {
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = title, Level = 1 })).ToBeVisibleAsync();
            src = await cover.CountAsync() == 0 ? null : await cover.GetAttributeAsync("src");
            return wanted(src);
        }, TimeSpan.FromSeconds(45), "the shop's product page shows the expected cover");
        if (src is not null)
        {
            await Expect(cover).ToHaveJSPropertyAsync("complete", true);
            (await cover.EvaluateAsync<int>("img => img.naturalWidth")).Should().Be(60);
        }

        await page.CloseAsync();
        return src;
    }
}
