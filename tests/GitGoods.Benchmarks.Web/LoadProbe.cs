using System.Text.Json;
using Microsoft.Playwright;

namespace GitGoods.Benchmarks.Web;

/// <summary>
/// Reads the browser's own clock (milliseconds since the navigation started) rather than timing Playwright's round trips:
/// an init script notes when the first <c>.product-card</c> enters the DOM and the last largest-contentful-paint entry;
/// navigation and resource timing give the rest.
/// </summary>
public static class LoadProbe
{
    /// <summary>Runs in every document of a context before the page's own scripts.</summary>
    public const string InitScript = """
        (() => {
          const bench = window.__bench = { card: 0, lcp: 0 };
          new MutationObserver((_, observer) => {
            if (document.querySelector('.product-card')) { bench.card = performance.now(); observer.disconnect(); }
          }).observe(document, { childList: true, subtree: true });
          new PerformanceObserver(list => { const all = list.getEntries(); bench.lcp = all[all.length - 1].startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
        })();
        """;

    // After the card: let a frame paint (LCP is reported after paint), then sum what had arrived by the time the card appeared.
    private const string CollectAppScript = """
        async () => {
          await new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)));
          const nav = performance.getEntriesByType('navigation')[0];
          const card = window.__bench.card;
          const resources = performance.getEntriesByType('resource').filter(r => r.responseEnd <= card);
          const js = resources.filter(r => new URL(r.name).pathname.endsWith('.js'));
          const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
          return {
            card, lcp: window.__bench.lcp, responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
            bytes: nav.transferSize + sum(resources, 'transferSize'), jsBytes: sum(js, 'transferSize'), jsDecoded: sum(js, 'decodedBodySize'),
          };
        }
        """;

    private const string FetchApiScript = """
        async path => {
          const started = performance.now();
          const response = await fetch(path, { cache: 'no-store' });
          const body = await response.arrayBuffer();
          if (!response.ok) throw new Error(`${path}: ${response.status}`);
          return { ms: performance.now() - started, bytes: body.byteLength };
        }
        """;

    /// <summary>Navigates to <paramref name="path"/> and waits until a product card is visible.</summary>
    public static async Task<AppLoad> LoadAppAsync(IPage page, string path)
    {
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.Locator(".product-card").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        var r = await page.EvaluateAsync<JsonElement>(CollectAppScript);
        return new AppLoad(
            Ms(r, "card"), Ms(r, "lcp"), Ms(r, "responseEnd"), Ms(r, "domContentLoaded"),
            r.GetProperty("bytes").GetDouble(), r.GetProperty("jsBytes").GetDouble(), r.GetProperty("jsDecoded").GetDouble());
    }

    /// <summary>Navigates to a static page and returns the time to its load event.</summary>
    public static async Task<double> LoadStaticAsync(IPage page, string path)
    {
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventStart");
    }

    /// <summary>One <c>fetch</c> from the page (bypassing the HTTP cache), body read in full: (ms, body bytes).</summary>
    public static async Task<(double Ms, double Bytes)> FetchAsync(IPage page, string path)
    {
        var r = await page.EvaluateAsync<JsonElement>(FetchApiScript, path);
        return (Ms(r, "ms"), r.GetProperty("bytes").GetDouble());
    }

    private static double Ms(JsonElement result, string name) => result.GetProperty(name).GetDouble();
}
