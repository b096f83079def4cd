using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.TestSupport;
using GitGoods.Benchmarks.Checkout;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project tests/GitGoods.Benchmarks.Checkout -- [shoppers=50] [ordersPerShopper=20] [thinkMs=0]
// Starts DynamoDB Local (in memory) and the real local environment on 127.0.0.1, then: 50 shoppers each place orders one after another
// (POST /api/orders, then poll GET /api/orders/{id} every 500 ms until CONFIRMED or REJECTED, as the SPA does).
// Reported: placed → settled from the order's own statusHistory (server clock, no polling bias), the client-observed
// POST → settled, the POST alone; and floors from the same run at the same concurrency: GET /api/health through the
// same gateway and HttpClient, and a raw two-item TransactWriteItems on the same DynamoDB Local.
var shoppers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var perShopper = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var thinkMs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0; // mean pause between a shopper's orders (uniform 0.5–1.5×)
const int PollMs = 500;
const int RoundTripsPerOrder = 10; // DynamoDB calls on an order's path: 5 in POST /api/orders, 5 in the workflow (docs/benchmarks.md)

await using var dynamo = new DynamoDbLocalFixture();
await dynamo.InitializeAsync();
await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
{
    DynamoDbEndpoint = dynamo.Endpoint,
    TableName = "bench-" + Guid.NewGuid().ToString("N"),
    ExtraArgs = ["--Logging:LogLevel:Default=Warning"],
    LogSink = new GitGoods.TestSupport.CapturedLog(),
});
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = stack.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
var product = await CreateProductAsync(http, seller);
var issuer = stack.Services.GetRequiredService<TokenIssuer>();
var tokens = Enumerable.Range(0, shoppers).Select(i => issuer.Issue(new StoredUser
{
    Sub = $"bench-{i}", Username = $"bench-{i}@bench.local", Email = $"bench-{i}@bench.local", PasswordHash = "-", Confirmed = true,
}, DateTimeOffset.UtcNow).IdToken).ToList();

Console.WriteLine($"Warm-up: {shoppers} orders…");
await RunShoppersAsync(1, "warm");
var health = await FloorAsync(() => http.GetAsync("/api/health"), shoppers * perShopper);
var raw = await RawTransactionFloorAsync(shoppers * perShopper);
var chain = await RawChainFloorAsync(shoppers * 4);
Console.WriteLine($"Measuring: {shoppers} shoppers × {perShopper} orders, think time {thinkMs} ms…");
var load = Environment.ProcessorCount;
var wall = Stopwatch.StartNew();
var results = await RunShoppersAsync(perShopper, "run");
wall.Stop();

var server = results.Select(r => r.ServerSettle).ToList();
var client = results.Select(r => r.ClientSettle).ToList();
var post = results.Select(r => r.Post).ToList();
Console.WriteLine();
Console.WriteLine($"{results.Count} orders in {wall.Elapsed.TotalSeconds:F1} s ({results.Count / wall.Elapsed.TotalSeconds:F0} orders/s), " +
    $"{results.Count(r => r.Status == "CONFIRMED")} CONFIRMED, {results.Count(r => r.Status == "REJECTED")} REJECTED; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine("| measure | p50 | p90 | p99 | max |");
Console.WriteLine("|---|---|---|---|---|");
Row("floor: GET /api/health (gateway + trivial function)", health);
Row("floor: raw DynamoDB Local TransactWriteItems (2 items)", raw);
Row($"floor: {RoundTripsPerOrder} sequential raw DynamoDB Local calls (an order's round trips, nothing else)", chain);
Row("POST /api/orders (202 PENDING)", post);
Row("placed → CONFIRMED/REJECTED (server clock, statusHistory)", server);
Row("POST sent → settled seen by the shopper (500 ms polling, as the SPA does)", client);
return;

async Task<List<OrderResult>> RunShoppersAsync(int orders, string tag)
{
    var all = new List<OrderResult>();
    var perWorker = await Task.WhenAll(tokens.Select(async (token, worker) =>
    {
        var mine = new List<OrderResult>(orders);
        if (thinkMs > 0 && tag == "run")
        {
            await Task.Delay(Random.Shared.Next(thinkMs)); // shoppers arrive spread out, not in one synchronised wave
        }

        for (var n = 0; n < orders; n++)
        {
            mine.Add(await PlaceAndWaitAsync(token, $"{tag}-{worker}-{n}"));
            if (thinkMs > 0)
            {
                await Task.Delay((int)(thinkMs * (0.5 + Random.Shared.NextDouble())));
            }
        }

        return mine;
    }));
    foreach (var list in perWorker)
    {
        all.AddRange(list);
    }

    return all;
}

async Task<OrderResult> PlaceAndWaitAsync(string token, string key)
{
    var body = $$$"""{"items":[{"productId":"{{{product}}}","quantity":1}],"shipping":{"name":"Bench Shopper","phone":"+6591234567","address":{"line1":"1 Bench Road","city":"Singapore","postalCode":"123456","country":"SG"}},"payment":{"method":"card","token":"pm_card_visa"}}""";
    var started = Stopwatch.GetTimestamp();
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    request.Headers.Add("Idempotency-Key", key);
    using var response = await http.SendAsync(request);
    var posted = Stopwatch.GetElapsedTime(started);
    if ((int)response.StatusCode != 202)
    {
        throw new InvalidOperationException($"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    while (true)
    {
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

        await Task.Delay(PollMs);
    }
}

async Task<List<TimeSpan>> FloorAsync(Func<Task<HttpResponseMessage>> call, int total)
{
    var times = new List<TimeSpan>(total);
    var gate = new Lock();
    await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async _ =>
    {
        for (var n = 0; n < total / shoppers; n++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await call();
            response.EnsureSuccessStatusCode();
            var elapsed = Stopwatch.GetElapsedTime(started);
            lock (gate)
            {
                times.Add(elapsed);
            }
        }
    }));
    return times;
}

async Task<List<TimeSpan>> RawTransactionFloorAsync(int total)
{
    var table = await dynamo.CreateTableAsync("floor");
    var times = new List<TimeSpan>(total);
    var gate = new Lock();
    await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async worker =>
    {
        for (var n = 0; n < total / shoppers; n++)
        {
            var id = $"{worker}-{n}";
            var started = Stopwatch.GetTimestamp();
            await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new() { Put = new Put { TableName = table, Item = Item("ORDER#" + id, "ORDER"), ConditionExpression = "attribute_not_exists(PK)" } },
                    new() { Put = new Put { TableName = table, Item = Item("OUTBOX#" + (n % 8), id) } },
                ],
            });
            var elapsed = Stopwatch.GetElapsedTime(started);
            lock (gate)
            {
                times.Add(elapsed);
            }
        }
    }));
    return times;
}

async Task<List<TimeSpan>> RawChainFloorAsync(int total)
{
    var table = await dynamo.CreateTableAsync("chain");
    var times = new List<TimeSpan>(total);
    var gate = new Lock();
    await Task.WhenAll(Enumerable.Range(0, shoppers).Select(async worker =>
    {
        for (var n = 0; n < total / shoppers; n++)
        {
            var id = $"{worker}-{n}";
            var started = Stopwatch.GetTimestamp();
            for (var call = 0; call < RoundTripsPerOrder; call++)
            {
                var key = Item("ORDER#" + id, "S" + call.ToString(CultureInfo.InvariantCulture));
                switch (call % 3)
                {
                    case 0:
                        await dynamo.Client.TransactWriteItemsAsync(new TransactWriteItemsRequest
                        {
                            TransactItems = [new() { Put = new Put { TableName = table, Item = key } }, new() { Put = new Put { TableName = table, Item = Item("OUTBOX#" + id, "S" + call.ToString(CultureInfo.InvariantCulture)) } }],
                        });
                        break;
                    case 1:
                        await dynamo.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = key });
                        break;
                    default:
                        key.Remove("v");
                        await dynamo.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = key, ConsistentRead = true });
                        break;
                }
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            lock (gate)
            {
                times.Add(elapsed);
            }
        }
    }));
    return times;
}

static Dictionary<string, AttributeValue> Item(string pk, string sk) => new(StringComparer.Ordinal) { ["PK"] = new(pk), ["SK"] = new(sk), ["v"] = new("x") };

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

static void Row(string name, List<TimeSpan> times)
{
    var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
    string At(double q) => $"{sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)]:F1} ms";
    Console.WriteLine($"| {name} | {At(0.50)} | {At(0.90)} | {At(0.99)} | {sorted[^1]:F1} ms |");
}

