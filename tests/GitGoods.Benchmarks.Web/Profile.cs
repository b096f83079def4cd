using Microsoft.Playwright;

namespace GitGoods.Benchmarks.Web;

/// <summary>
/// A device the home page is loaded on: its screen, and the CPU and network throttling Chromium applies through a CDP
/// session before the first navigation. The floors of a profile run with the very same settings.
/// </summary>
public sealed record Profile(string Name, BrowserNewContextOptions Options, double CpuSlowdown, NetworkThrottle? Network)
{
    /// <summary>A laptop on the same machine as the stack: no throttling.</summary>
    public static Profile Desktop { get; } = new("desktop", new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    }, 1, null);

    /// <summary>A mid-range phone on a poor mobile connection (Lighthouse's mobile settings: 4× CPU, "Slow 4G").</summary>
    public static Profile Phone(string name) => new(name, new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        DeviceScaleFactor = 3,
        IsMobile = true,
        HasTouch = true,
    }, 4, NetworkThrottle.Slow4G);

    /// <summary>A fresh context (empty cache, no cookies) with one page, throttled as the profile says.</summary>
    public async Task<IPage> OpenAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions(Options) { BaseURL = baseAddress.ToString(), Locale = "en-SG" });
        await context.AddInitScriptAsync(LoadProbe.InitScript);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        if (CpuSlowdown > 1)
        {
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        }

        if (Network is { } network)
        {
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = network.RoundTripMs,
                ["downloadThroughput"] = network.DownBitsPerSecond / 8.0,
                ["uploadThroughput"] = network.UpBitsPerSecond / 8.0,
                ["connectionType"] = "cellular4g",
            });
        }

        return page;
    }
}
