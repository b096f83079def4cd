using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>The shop's front without signing in: the filters, and a phone-width screen.</summary>
[Collection(WebTests.Name)]
public sealed class BrowseTests(WebStackFixture fixture)
{
    [Fact]
    public async Task PlatformFilter_LeavesOnlyThatPlatformsGames()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await Expect(ResultCount(page)).ToBeVisibleAsync();

        await PlatformFilter(page, Game.Platform).CheckAsync();

        var cards = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Games" }).GetByRole(AriaRole.Listitem);
        await Expect(cards.Filter(new LocatorFilterOptions { HasNotText = Game.Platform })).ToHaveCountAsync(0);
        await Expect(cards.First).ToContainTextAsync(Game.Platform);
    }

    [Fact]
    public async Task HomePage_RendersFromTheListingIndexHtmlPreloaded()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(ResultCount(page)).ToBeVisibleAsync();

        // The browser's own record of what it fetched: the preload (initiator "link") and no second fetch of the same
        // listing by the app, which a preload the app's request does not match would cause (decision 0037).
        var initiators = await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').filter(e => e.name.endsWith('/api/products?limit=24')).map(e => e.initiatorType)");
        initiators.Should().Equal("link");
    }

    [Fact]
    public async Task HomePage_At360PxWide_HasNoHorizontalScroll()
    {
        await using var session = await fixture.OpenAsync(width: 360, height: 780);
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(ResultCount(page)).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, "narrow", "home-360");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing on the home page may be wider than a 360 px screen");
    }
}
