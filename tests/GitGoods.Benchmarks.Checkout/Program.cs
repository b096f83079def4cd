using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Benchmarks.Checkout;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

// Usage (scripts/bench-checkout.sh, scripts/bench-engine.sh):
//   GitGoods.Benchmarks.Checkout.dll checkout [ordersPerShopper=20] [storage=Disk|InMemory|Tmpfs] [path=After|Before]
//   GitGoods.Benchmarks.Checkout.dll engine [operationsPerRow=600]
// checkout: starts DynamoDB Local (on disk by default, as ./scripts/run.sh keeps it) and the real local environment on
// 127.0.0.1, then 1 and 10 concurrent shoppers each place orders one after another (POST /api/orders, then GET
// /api/orders/{id} every 500 ms, as the SPA does, until CONFIRMED). Reported: the POST, placed → CONFIRMED on the server
// clock (statusHistory, no polling bias), and the floor from the same run at the same concurrency on the same engine: a replay
// of the path's DynamoDB calls (OrderPaths.After; Before to judge issue 15's code), all of them and the POST's share, with the
// ratio to it. A 503 (load shed) or 409 "still being placed" is sent again with the same key after Retry-After, as a client
// does; the POST's time includes its retries, which are counted.
if (args is ["engine", ..])
{
    await EngineFloorBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 600);
    return;
}

var perShopper = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var storage = args.Length > 2 ? Enum.Parse<EngineStorage>(args[2], ignoreCase: true) : EngineStorage.Disk;
var path = args.Length > 3 && args[3].Equals("Before", StringComparison.OrdinalIgnoreCase) ? OrderPaths.Before : OrderPaths.After;
const int PollMs = 500;
var postCalls = path.Take(OrderPaths.PostCalls).ToList();
var retries = 0;

await using var engine = await BenchEngine.StartAsync(storage, "checkout");
await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
{
    DynamoDbEndpoint = engine.Endpoint,
    TableName = "bench-" + Guid.NewGuid().ToString("N"),
    ExtraArgs = ["--Logging:LogLevel:Default=Warning"],
    LogSink = new CapturedLog(),
});
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = stack.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
using var raw = DynamoDbLocalFixture.CreateClient(engine.Endpoint);
var replay = await EngineFloorBenchmark.CreateReplayAsync(raw);
var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
var product = await CreateProductAsync(http, seller);
var issuer = stack.Services.GetRequiredService<TokenIssuer>();
var tokens = Enumerable.Range(0, 10).Select(i => issuer.Issue(new StoredUser
{
    Sub = $"bench-{i}", Username = $"bench-{i}@bench.local", Email = $"bench-{i}@bench.local", PasswordHash = "-", Confirmed = true,
}, DateTimeOffset.UtcNow).IdToken).ToList();

Console.WriteLine($"Checkout on the local stack, DynamoDB Local {storage}; {perShopper} orders per shopper; warm-up: 30 orders…");
await RunShoppersAsync(10, 3, "warm");
await EngineReplay.MeasureAsync(10, 60, () => replay.ReplayAsync(path));
Console.WriteLine(Percentiles.Header);
foreach (var shoppers in new[] { 1, 10 })
{
    var wall = Stopwatch.StartNew();
    var results = await RunShoppersAsync(shoppers, shoppers == 1 ? perShopper * 2 : perShopper, $"run{shoppers}");
    wall.Stop();
    var floorPath = await EngineReplay.MeasureAsync(shoppers, results.Count, () => replay.ReplayAsync(path));
    var floorPost = await EngineReplay.MeasureAsync(shoppers, results.Count, () => replay.ReplayAsync(postCalls));
    var confirmed = results.Count(r => r.Status == "CONFIRMED");
    Console.WriteLine($"| {shoppers} shopper(s): {results.Count} orders in {wall.Elapsed.TotalSeconds:F1} s, {confirmed} CONFIRMED, {Interlocked.Exchange(ref retries, 0)} POSTs sent again after a 503/409, load average {Percentiles.LoadAverage()} | | | | |");
    Console.WriteLine(Percentiles.Row($"{shoppers} concurrent: floor, replay of the POST's {postCalls.Count} DynamoDB calls", floorPost));
    Console.WriteLine(Percentiles.Row($"{shoppers} concurrent: POST /api/orders (202)", [.. results.Select(r => r.Post)], floorPost));
    Console.WriteLine(Percentiles.Row($"{shoppers} concurrent: floor, replay of the path's {path.Count} DynamoDB calls ({OrderPaths.Sequential(path)} in sequence)", floorPath));
    Console.WriteLine(Percentiles.Row($"{shoppers} concurrent: placed → CONFIRMED (server clock)", [.. results.Select(r => r.ServerSettle)], floorPath));
    Console.WriteLine(Percentiles.Row($"{shoppers} concurrent: POST sent → CONFIRMED seen ({PollMs} ms polling)", [.. results.Select(r => r.ClientSettle)]));
}

return;

async Task<List<OrderResult>> RunShoppersAsync(int shoppers, int orders, string tag)
{
    var perWorker = await Task.WhenAll(tokens.Take(shoppers).Select(async (token, worker) =>
    {
        var mine = new List<OrderResult>(orders);
        for (var n = 0; n < orders; n++)
        {
            mine.Add(await PlaceAndWaitAsync(token, $"{tag}-{worker}-{n}"));
        }

        return mine;
    }));
    return [.. perWorker.SelectMany(r => r)];
}

async Task<OrderResult> PlaceAndWaitAsync(string token, string key)
{
    var body = $$$"""{"items":[{"productId":"{{{product}}}","quantity":1}],"shipping":{"name":"Bench Shopper","phone":"+6591234567","address":{"line1":"1 Bench Road","city":"Singapore","postalCode":"123456","country":"SG"}},"payment":{"method":"card","token":"pm_card_visa"}}""";
    var started = Stopwatch.GetTimestamp();
    using var response = await PostAsync(token, key, body);
    var posted = Stopwatch.GetElapsedTime(started);
    var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    while (true)
    {
        await Task.Delay(PollMs);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/orders/" + id);
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var read = await http.SendAsync(get);
        var order = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        var status = order["status"]!.GetValue<string>();
        if (status != "PENDING")
        {
            var history = order["statusHistory"]!.AsArray();
            var placedAt = DateTimeOffset.Parse(history[0]!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var settledAt = DateTimeOffset.Parse(history[^1]!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            return new OrderResult(status, posted, settledAt - placedAt, Stopwatch.GetElapsedTime(started));
        }
    }
}

async Task<HttpResponseMessage> PostAsync(string token, string key, string body)
{
    for (var attempt = 1; ; attempt++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key);
        var response = await http.SendAsync(request);
        if ((int)response.StatusCode == 202)
        {
            return response;
        }

        var text = await response.Content.ReadAsStringAsync();
        var again = (int)response.StatusCode == 503 || ((int)response.StatusCode == 409 && text.Contains("still being placed", StringComparison.Ordinal));
        var pause = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200);
        response.Dispose();
        if (!again || attempt == 10)
        {
            throw new InvalidOperationException($"POST answered {(int)response.StatusCode} (attempt {attempt}): {text}");
        }

        Interlocked.Increment(ref retries);
        await Task.Delay(pause < TimeSpan.FromSeconds(1) ? pause : TimeSpan.FromSeconds(1));
    }
}

static async Task<string> CreateProductAsync(HttpClient http, string seller)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/seller/products")
    {
        Content = new StringContent("""{"title":"Benchmark Bundle","platform":"PC","description":"","price":{"amount":4990,"currency":"SGD"},"stock":1000000}""", Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", seller);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
}
