using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GitGoods.Benchmarks.Web;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.TestSupport;
using Microsoft.Playwright;

// Usage: dotnet tests/GitGoods.Benchmarks.Web/bin/Release/net10.0/GitGoods.Benchmarks.Web.dll [runs=12]   (scripts/bench-web.sh)
// Starts DynamoDB Local and two local environments on 127.0.0.1 serving a copy of src/Web/dist plus floor.html: one as the local
// stack serves with --compress false, one compressing as CloudFront does (the stack's default), and one compressing whose
// index.html lacks the listing preload (the before of decision 0037). Then, runs × each target, interleaved: a cold load of "/"
// (new context, empty cache) until the first product card is visible (and, for the compressed phone, a warm load in the same
// context), and the floors in another new context with the same throttling: floor.html cold (and warm), and
// GET /api/products?limit=24 fetched from it.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12;
const string ApiPath = "/api/products?limit=24";
var dist = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "Web", "dist");
if (!File.Exists(Path.Combine(dist, "index.html")))
{
    throw new InvalidOperationException($"Build the SPA first: npm --prefix src/Web ci && npm --prefix src/Web run build ({dist})");
}

using var webRoot = BenchWebRoot.CopyOf(dist);
using var webRootWithoutPreload = BenchWebRoot.CopyOf(dist, withoutListingPreload: true);
await using var dynamo = new DynamoDbLocalFixture();
await dynamo.InitializeAsync();
await using var plain = await StartStackAsync(compress: false);
await using var compressed = await StartStackAsync(compress: true);
await using var compressedWithoutPreload = await StartStackAsync(compress: true, webRootWithoutPreload);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = ChromiumExecutable.Find(), Headless = true, Args = ChromiumExecutable.Args,
});

// Warm loads on the compressed phone only: once the assets are cached compression hardly matters, and the run stays short.
(Profile Profile, Uri Stack, bool Warm, string Label)[] targets =
[
    (Profile.Desktop, plain.BaseAddress, false, "desktop, no throttling, uncompressed (as the local environment serves it)"),
    (Profile.Phone("phone-compressed"), compressed.BaseAddress, true, "phone, compressed (as CloudFront serves it)"),
    (Profile.Phone("phone"), plain.BaseAddress, false, "phone, uncompressed (as the local environment serves it)"),
    // The same page without index.html's listing preload: the before of decision 0037, in the same run.
    (Profile.Phone("phone-compressed-no-preload"), compressedWithoutPreload.BaseAddress, false, "phone, compressed, index.html without the listing preload (before decision 0037)"),
];
var samples = targets.Select(_ => new Samples()).ToArray();
Console.WriteLine($"Chromium {browser.Version}; {runs} runs × {targets.Length} targets; load average {LoadAverage()}");
foreach (var target in targets)
{
    await MeasureOnceAsync(target.Profile, target.Stack, target.Warm, new Samples()); // warm-up: server caches, JIT, browser processes
}

Console.WriteLine($"Compressed stack: the main script came with Content-Encoding {await JsEncodingAsync(compressed.BaseAddress)}");

var wall = Stopwatch.StartNew();
for (var run = 0; run < runs; run++)
{
    for (var t = 0; t < targets.Length; t++)
    {
        await MeasureOnceAsync(targets[t].Profile, targets[t].Stack, targets[t].Warm, samples[t]);
    }
}

Console.WriteLine($"Measured in {wall.Elapsed.TotalSeconds:F0} s; load average {LoadAverage()}; phone = 360×740 @3x, isMobile, CPU 4× slower, {NetworkThrottle.Slow4G}");
var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(dist, "bundle-size.json")))!;
Console.WriteLine($"Bundle (src/Web/dist/bundle-size.json): all JavaScript {Kb(bundle["totalGzipBytes"]!.GetValue<double>())} gzipped, " +
    $"budget {Kb(bundle["budgetBytes"]!.GetValue<double>())}; files: " +
    string.Join(", ", bundle["files"]!.AsArray().Select(f => $"{f!["name"]} {Kb(f["bytes"]!.GetValue<double>())} ({Kb(f["gzipBytes"]!.GetValue<double>())} gzip)")));
for (var t = 0; t < targets.Length; t++)
{
    var s = samples[t];
    Console.WriteLine();
    Console.WriteLine($"### {targets[t].Label}");
    s.PrintTable(Console.Out);
    var warmBytes = targets[t].Warm ? $"; warm {Kb(s.Median("bytes warm"))}" : "";
    Console.WriteLine($"Transferred by the first card (median): cold {Kb(s.Median("bytes cold"))}, of which JavaScript {Kb(s.Median("bytes cold js"))} " +
        $"({Kb(s.Median("bytes cold js decoded"))} decoded){warmBytes}. API body (decoded) {Kb(s.Median("bytes api"))}.");
}

return;

async Task MeasureOnceAsync(Profile profile, Uri stack, bool measureWarm, Samples into)
{
    var floorPage = await profile.OpenAsync(browser, stack);
    into.Add("floor: floor.html cold, load event", await LoadProbe.LoadStaticAsync(floorPage, BenchWebRoot.FloorPath));
    var api = await LoadProbe.FetchAsync(floorPage, ApiPath);
    into.Add($"floor: `GET {ApiPath}` fetched from the page", api.Ms);
    into.Add("bytes api", api.Bytes);
    if (measureWarm)
    {
        await floorPage.GotoAsync("about:blank");
        into.Add("floor: floor.html warm (revalidated), load event", await LoadProbe.LoadStaticAsync(floorPage, BenchWebRoot.FloorPath));
    }

    await floorPage.Context.CloseAsync();
    var page = await profile.OpenAsync(browser, stack);
    var cold = await LoadProbe.LoadAppAsync(page, "/");
    into.Add("**cold `/`: first product card**", cold.CardMs);
    into.Add("cold `/`: largest contentful paint", cold.LcpMs);
    into.Add("cold `/`: index.html responseEnd", cold.ResponseEndMs);
    into.Add("cold `/`: DOMContentLoaded end", cold.DomContentLoadedMs);
    into.Add("bytes cold", cold.Bytes);
    into.Add("bytes cold js", cold.JsBytes);
    into.Add("bytes cold js decoded", cold.JsDecodedBytes);
    if (measureWarm)
    {
        await page.GotoAsync("about:blank");
        var warm = await LoadProbe.LoadAppAsync(page, "/");
        into.Add("**warm `/` (assets cached): first product card**", warm.CardMs);
        into.Add("warm `/`: largest contentful paint", warm.LcpMs);
        into.Add("bytes warm", warm.Bytes);
    }

    await page.Context.CloseAsync();
}

async Task<string> JsEncodingAsync(Uri stack)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = stack.ToString() });
    var page = await context.NewPageAsync();
    var script = await page.RunAndWaitForResponseAsync(() => page.GotoAsync("/"), r => r.Url.EndsWith(".js", StringComparison.Ordinal));
    return await script.HeaderValueAsync("content-encoding") ?? "none";
}

async Task<LocalEnvironmentHost> StartStackAsync(bool compress, BenchWebRoot? root = null) => await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
{
    DynamoDbEndpoint = dynamo.Endpoint,
    TableName = "webbench-" + Guid.NewGuid().ToString("N"),
    ExtraArgs = ["--web-root", (root ?? webRoot).Path, "--Logging:LogLevel:Default=Warning"],
    LogSink = new CapturedLog(),
    CompressResponses = compress,
});

static string Kb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F1} KB");

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
