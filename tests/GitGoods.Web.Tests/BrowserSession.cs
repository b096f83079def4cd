using Microsoft.Playwright;

namespace GitGoods.Web.Tests;

/// <summary>One visitor: a browser context of its own (cookies, local storage, so its own cart and sign-in) and its page.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
