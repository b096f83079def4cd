using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static GitGoods.Web.Tests.Shop;
using static Microsoft.Playwright.Assertions;

namespace GitGoods.Web.Tests;

/// <summary>
/// A shopper's account flows in Chromium against the local identity endpoint: forgot password (the code read from
/// <c>/local/outbox</c>, as the e-mail), change password, edit the address then check out with it, sign out of all
/// devices (another browser's session can no longer refresh), and plain sign-out revoking its refresh token.
/// </summary>
[Collection(WebTests.Name)]
public sealed partial class AccountTests(WebStackFixture fixture)
{
    /// <summary>The password <see cref="Shop.CompleteSignUpAsync"/> signs up with.</summary>
    private const string SignUpPassword = "Playwright!2026";

    [Fact]
    public async Task ForgotPassword_CodeFromTheOutbox_SetsANewPasswordAndSignsIn()
    {
        const string test = "account-reset";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var email = NewEmail("reset");
        await SignUpAsync(page, email);
        await SignOutButton(page).ClickAsync();
        await Expect(SignInLink(page)).ToBeVisibleAsync();

        await page.GotoAsync("/sign-in");
        await Label(page, "Email").FillAsync(email);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Forgot password?" }).ClickAsync();
        await Expect(Heading(page, "Reset your password")).ToBeVisibleAsync();
        await Expect(Label(page, "Email")).ToHaveValueAsync(email);
        await KeyPage.CheckAsync(page, test, "forgot-password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send code" }).ClickAsync();
        await Expect(Heading(page, "Choose a new password")).ToBeVisibleAsync();
        await KeyPage.CheckAsync(page, test, "new-password");

        var code = await ResetCodeAsync(email);
        await Label(page, "Code").FillAsync(WrongCode(code));
        await Label(page, "New password").FillAsync("Reset-Pass-2026");
        await Press(page, "Set new password");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That code is not right. Check the latest email we sent and try again.");

        await Label(page, "Code").FillAsync(code);
        await Press(page, "Set new password");
        await Expect(SignOutButton(page)).ToBeVisibleAsync();

        await SignOutButton(page).ClickAsync();
        await SignInRefusedAsync(page, email, SignUpPassword);
        await SignInWithAsync(page, email, "Reset-Pass-2026");
    }

    [Fact]
    public async Task ChangePassword_ThenOnlyTheNewOneSignsIn()
    {
        const string test = "account-password";
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var email = NewEmail("change");
        await SignUpAsync(page, email);
        await OpenAccountAsync(page);
        await KeyPage.CheckAsync(page, test, "account");

        await Label(page, "Current password").FillAsync(SignUpPassword);
        await Label(page, "New password").FillAsync("short");
        await Press(page, "Change password");
        await Expect(Label(page, "New password")).ToHaveAccessibleDescriptionAsync(Pattern("Your password needs at least 12 characters"));
        await Label(page, "New password").FillAsync("Changed-Pass-2026");
        await Press(page, "Change password");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Your password is changed." })).ToBeVisibleAsync();

        await SignOutButton(page).ClickAsync();
        await SignInRefusedAsync(page, email, SignUpPassword);
        await SignInWithAsync(page, email, "Changed-Pass-2026");
    }

    [Fact]
    public async Task EditTheAddress_ThenCheckOut_TheOrderShipsToTheNewAddress()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await SignUpAsync(page, NewEmail("address"));
        await OpenAccountAsync(page);
        await Expect(Label(page, "Address line 1")).ToHaveValueAsync("1 Fullerton Road");

        await Label(page, "Address line 1").FillAsync("8 Sentosa Gateway");
        await Label(page, "Address line 2 (optional)").FillAsync("#02-01");
        await Label(page, "Postal code").FillAsync("098269");
        await Press(page, "Save details");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new LocatorFilterOptions { HasText = "Your details are saved." })).ToBeVisibleAsync();

        // A reload reads the profile from the stored ID token again: the refreshed one carries the new address.
        await page.ReloadAsync();
        await Expect(Label(page, "Address line 1")).ToHaveValueAsync("8 Sentosa Gateway");

        await page.GotoAsync("/");
        await FindAndOpenAsync(page, Game);
        await AddToCartAsync(page);
        await page.GotoAsync("/checkout");
        await Expect(Heading(page, "Checkout")).ToBeVisibleAsync();
        await Expect(Label(page, "Address line 1")).ToHaveValueAsync("8 Sentosa Gateway");
        await Expect(Label(page, "Postal code")).ToHaveValueAsync("098269");
        await PlaceOrderAsync(page, ApprovedCard);

        var delivery = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Delivering to" });
        await Expect(delivery).ToContainTextAsync("8 Sentosa Gateway");
        await Expect(delivery).ToContainTextAsync("#02-01");
        await Expect(delivery).ToContainTextAsync("Singapore 098269, SG");
        await Expect(delivery).Not.ToContainTextAsync("1 Fullerton Road");
    }

    [Fact]
    public async Task SignOutOfAllDevices_AnotherBrowsersSessionCanNoLongerRefresh()
    {
        await using var first = await fixture.OpenAsync();
        await using var second = await fixture.OpenAsync();
        var email = NewEmail("everywhere");
        await SignUpAsync(first.Page, email);
        await SignInWithAsync(second.Page, email, SignUpPassword);

        // Control: without its access token the second browser refreshes its session and stays signed in.
        await ForceRefreshAsync(second.Page);
        await Expect(SignOutButton(second.Page)).ToBeVisibleAsync();
        (await StoredTokenCountAsync(second.Page, ".accessToken")).Should().Be(1, "the refresh brought a new access token");

        await OpenAccountAsync(first.Page);
        await Press(first.Page, "Sign out of all devices");
        await Expect(Heading(first.Page, "Sign in")).ToBeVisibleAsync();
        await Expect(first.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You are signed out on all your devices.");
        (await StoredTokenCountAsync(first.Page, "Token")).Should().Be(0, "this browser's tokens are cleared");

        await ForceRefreshAsync(second.Page);
        await Expect(SignInLink(second.Page)).ToBeVisibleAsync();
        await Expect(SignOutButton(second.Page)).ToBeHiddenAsync();
        await second.Page.GotoAsync("/account");
        await Expect(Heading(second.Page, "Sign in")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignOut_RevokesThisBrowsersRefreshToken()
    {
        await using var first = await fixture.OpenAsync();
        await using var second = await fixture.OpenAsync();
        await SignUpAsync(first.Page, NewEmail("revoke"));
        var stored = await first.Page.EvaluateAsync<Dictionary<string, string>>("() => Object.fromEntries(Object.entries(localStorage))");

        // Control: the same tokens, copied into another browser without the access token, refresh while they are live.
        await RestoreWithoutAccessTokenAsync(second.Page, stored);
        await Expect(SignOutButton(second.Page)).ToBeVisibleAsync();

        await SignOutButton(first.Page).ClickAsync();
        await Expect(SignInLink(first.Page)).ToBeVisibleAsync();

        await using var third = await fixture.OpenAsync();
        await RestoreWithoutAccessTokenAsync(third.Page, stored);
        await Expect(SignInLink(third.Page)).ToBeVisibleAsync();
        await Expect(SignOutButton(third.Page)).ToBeHiddenAsync();
    }

    /// <summary>The header's "Sign out" (exactly: the account page also has "Sign out of all devices").</summary>
    private static ILocator SignOutButton(IPage page) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out", Exact = true });

    private static ILocator SignInLink(IPage page) => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in", Exact = true });

    private static Task Press(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button, Exact = true }).ClickAsync();

    private static async Task OpenAccountAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Account", Exact = true }).ClickAsync();
        await Expect(Heading(page, "Your account")).ToBeVisibleAsync();
    }

    private static async Task SignInWithAsync(IPage page, string email, string password)
    {
        await FillSignInAsync(page, email, password);
        await Expect(SignOutButton(page)).ToBeVisibleAsync();
    }

    private static async Task SignInRefusedAsync(IPage page, string email, string password)
    {
        await FillSignInAsync(page, email, password);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That email and password do not match.");
    }

    private static async Task FillSignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/sign-in");
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        await Label(page, "Email").FillAsync(email);
        await Label(page, "Password").FillAsync(password);
        await Press(page, "Sign in");
    }

    /// <summary>
    /// Makes the next page load refresh the session, deterministically: without its access token the stored session is
    /// not valid, so the Cognito library sends the refresh token (InitiateAuth REFRESH_TOKEN_AUTH) before anything else.
    /// </summary>
    private static async Task ForceRefreshAsync(IPage page)
    {
        (await RemoveStoredAsync(page, ".accessToken")).Should().Be(1, "the signed-in browser holds one access token");
        await page.ReloadAsync();
    }

    private static Task<int> RemoveStoredAsync(IPage page, string suffix) => page.EvaluateAsync<int>(
        "suffix => { const keys = Object.keys(localStorage).filter(k => k.endsWith(suffix)); keys.forEach(k => localStorage.removeItem(k)); return keys.length; }",
        suffix);

    private static Task<int> StoredTokenCountAsync(IPage page, string suffix) =>
        page.EvaluateAsync<int>("suffix => Object.keys(localStorage).filter(k => k.endsWith(suffix)).length", suffix);

    private static async Task RestoreWithoutAccessTokenAsync(IPage page, Dictionary<string, string> stored)
    {
        await page.GotoAsync("/");
        var kept = stored.Where(e => !e.Key.EndsWith(".accessToken", StringComparison.Ordinal)).ToDictionary();
        await page.EvaluateAsync("entries => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v))", kept);
        await page.ReloadAsync();
    }

    /// <summary>The code in the newest reset e-mail to <paramref name="email"/> in the stack's outbox (GET /local/outbox).</summary>
    private async Task<string> ResetCodeAsync(string email)
    {
        var outbox = await fixture.Stack.Client.GetFromJsonAsync<JsonObject>("/local/outbox?limit=500");
        var message = outbox!["items"]!.AsArray()
            .First(m => string.Equals((string?)m!["to"], email, StringComparison.OrdinalIgnoreCase)
                && ((string?)m["subject"])?.Contains("password reset", StringComparison.OrdinalIgnoreCase) == true);
        return CodeInBody().Match((string)message!["body"]!).Groups["code"].Value;
    }

    /// <summary>The same length, one digit different: surely not the code.</summary>
    private static string WrongCode(string code) => code[..^1] + (code[^1] == '0' ? '1' : '0');

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<code>\d{6})\b", System.Text.RegularExpressions.RegexOptions.ExplicitCapture, 1000)]
    private static partial System.Text.RegularExpressions.Regex CodeInBody();
}
