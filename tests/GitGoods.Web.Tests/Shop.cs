using System.Text.RegularExpressions;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Seed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>The steps shoppers, sellers and admins take, by what the pages say (roles, labels, names), shared by the tests.</summary>
public static class Shop
{
    /// <summary>How long an order may take from PENDING to its outcome on a busy 2-core machine.</summary>
    public static readonly LocatorAssertionsToBeVisibleOptions OrderSettles = new() { Timeout = 30_000 };

    public const string ApprovedCard = "Visa ending 4242 (test, approved)";
    public const string DeclinedCard = "Card that is declined (test)";

    /// <summary>A seeded game with plenty of stock (the seed's, whatever it holds), so buying one never sells it out.</summary>
    public static SeedGame Game { get; } = SeedGame.LoadAll()
        .Where(g => string.Equals(g.Status, "ACTIVE", StringComparison.Ordinal) && g.Stock >= 20)
        .OrderByDescending(g => g.Stock)
        .First();

    /// <summary>A new address each time, so every test signs up a shopper (and a cart) of its own.</summary>
    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    public static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = name, Exact = true, Level = 1 });

    public static async Task SearchAsync(IPage page, string words)
    {
        var box = page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Search games" });
        await box.FillAsync(words);
        await box.PressAsync("Enter");
        await Expect(Heading(page, $"Results for “{words}”")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Searches for a game just added: it reaches search results within the listings' freshness budget (30 s, decision
    /// 0032), not at once — an index built moments before the write (any page of the app preloads the first listing)
    /// is served until it expires — so the results page is reloaded until the game is listed.
    /// </summary>
    public static async Task SearchUntilListedAsync(IPage page, string title)
    {
        await SearchAsync(page, title);
        var loaded = ResultCount(page).Or(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "No games match" }));
        await GitGoods.TestSupport.Eventually.HoldsAsync(async () =>
        {
            await Expect(loaded).ToBeVisibleAsync();
            if (await GameLink(page, title).CountAsync() > 0)
            {
                return true;
            }

            await page.ReloadAsync();
            return false;
        }, TimeSpan.FromSeconds(45), $"search results list {title}");
    }

    /// <summary>The grid's "Showing N games" line: the results have loaded.</summary>
    public static ILocator ResultCount(IPage page) =>
        page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasTextRegex = Pattern(@"^Showing \d+ games?$") });

    public static ILocator GameLink(IPage page, string title) =>
        page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Games" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title, Exact = true });

    /// <summary>Ticks a platform filter (its label is "Platform (count)").</summary>
    public static ILocator PlatformFilter(IPage page, string platform) =>
        page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = platform + " (" });

    public static async Task OpenGameAsync(IPage page, string title)
    {
        await GameLink(page, title).ClickAsync();
        await Expect(Heading(page, title)).ToBeVisibleAsync();
    }

    /// <summary>Searches for <paramref name="game"/>, keeps in-stock games of its platform, and opens it.</summary>
    public static async Task FindAndOpenAsync(IPage page, SeedGame game)
    {
        await SearchAsync(page, game.Title);
        await page.GetByRole(AriaRole.Checkbox, new PageGetByRoleOptions { Name = "In stock only" }).CheckAsync();
        await PlatformFilter(page, game.Platform).CheckAsync();
        await Expect(ResultCount(page)).ToBeVisibleAsync();
        await OpenGameAsync(page, game.Title);
    }

    public static async Task AddToCartAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Added to your cart" })).ToBeVisibleAsync();
    }

    /// <summary>Fills the sign-up form (already shown) and submits it; the local identity confirms at once and signs in.</summary>
    public static async Task CompleteSignUpAsync(IPage page, string email)
    {
        await Label(page, "Full name").FillAsync("Ada Lovelace");
        await Label(page, "Email").FillAsync(email);
        await Label(page, "Password").FillAsync("Playwright!2026");
        await Label(page, "Mobile phone").FillAsync("+65 9123 4567");
        await Label(page, "Address line 1").FillAsync("1 Fullerton Road");
        await Label(page, "City").FillAsync("Singapore");
        await Label(page, "Postal code").FillAsync("049213");
        await Label(page, "Country code").FillAsync("SG");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account" }).ClickAsync();
        await Expect(SignOut(page)).ToBeVisibleAsync();
    }

    public static async Task SignUpAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-up");
        await Expect(Heading(page, "Create your account")).ToBeVisibleAsync();
        await CompleteSignUpAsync(page, email);
    }

    /// <summary>Signs in (as a demo user by default password) and lands on <paramref name="next"/>.</summary>
    public static async Task SignInAsync(IPage page, string email, string next)
    {
        await page.GotoAsync("/sign-in?next=" + Uri.EscapeDataString(next));
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        await Label(page, "Email").FillAsync(email);
        await Label(page, "Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(SignOut(page)).ToBeVisibleAsync();
    }

    public static ILocator SignOut(IPage page) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" });

    /// <summary>On the checkout page: picks the test card, places the order, and returns its short number from the confirmation page.</summary>
    public static async Task<string> PlaceOrderAsync(IPage page, string card)
    {
        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = card, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Place order" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = Pattern("^Order [0-9A-Z]{8}$"), Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        return (await heading.TextContentAsync())!["Order ".Length..];
    }

    /// <summary>The order page's live status line (announced politely) once it reads <paramref name="text"/>.</summary>
    public static ILocator OrderStatus(IPage page, AriaRole role, string text) =>
        page.GetByRole(role).Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>A signed-in shopper's whole purchase of <see cref="Game"/>: find it, add it, check out, and wait for the outcome.</summary>
    public static async Task<string> BuyAsync(IPage page, string card)
    {
        await page.GotoAsync("/");
        await FindAndOpenAsync(page, Game);
        await AddToCartAsync(page);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "View cart" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Check out" }).ClickAsync();
        await Expect(Heading(page, "Checkout")).ToBeVisibleAsync();
        return await PlaceOrderAsync(page, card);
    }

    /// <summary>A pattern for Playwright's text matching (run in the browser; the timeout satisfies the analyzers).</summary>
    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));

    public static ILocator Label(IPage page, string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });
}
