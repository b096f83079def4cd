using System.Globalization;
using GitGoods.Benchmarks.Checkout;
using GitGoods.Benchmarks.WaitingRoom;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

// Usage (scripts/bench-waiting-room.sh): GitGoods.Benchmarks.WaitingRoom.dll [arrivalWindowSeconds=4] [storage=Disk|InMemory|Tmpfs]
// Starts DynamoDB Local and the real local environment on 127.0.0.1 (no rate limit), then: (a) the checkout's capacity,
// orders/s with 10 shoppers placing orders back to back and no sale, and the floor, one shopper alone; (b) a sale on the
// benchmark's product with capacity 10 and the admission rate of (a); (c) 5× that rate of shoppers per second arriving over
// the window, each through the line as the SPA goes (SaleRun). Prints the rows for docs/benchmarks.md §13.
var window = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 4;
var storage = args.Length > 1 ? Enum.Parse<EngineStorage>(args[1], ignoreCase: true) : EngineStorage.Disk;
const int CheckoutShoppers = 10;

await using var engine = await BenchEngine.StartAsync(storage, "waiting-room");
await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
{
    DynamoDbEndpoint = engine.Endpoint,
    TableName = "bench-" + Guid.NewGuid().ToString("N"),
    ExtraArgs = ["--Logging:LogLevel:Default=Warning"],
    LogSink = new CapturedLog(),
});
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2000 }) { BaseAddress = stack.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
var api = new BenchClient(http);
var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
var admin = (await stack.Identity.SignInAsync("admin@gitgoods.local")).IdToken;
var product = (await api.MustAsync(HttpMethod.Post, "/api/seller/products", seller,
    """{"title":"Sales Day Bundle","platform":"PC","description":"","price":{"amount":4990,"currency":"SGD"},"stock":1000000}"""))["id"]!.GetValue<string>();
var issuer = stack.Services.GetRequiredService<TokenIssuer>();
string Shopper(string name) => issuer.Issue(new StoredUser
{
    Sub = name, Username = name + "@bench.local", Email = name + "@bench.local", PasswordHash = "-", Confirmed = true,
}, DateTimeOffset.UtcNow).IdToken;

var orders = new OrderPlacer(api, product);
var checkout = new CheckoutCapacity(orders, Shopper);
Console.WriteLine($"Waiting room on the local stack, DynamoDB Local {storage}; load average {Percentiles.LoadAverage()}; warm-up: 30 orders…");
_ = await checkout.MeasureAsync(CheckoutShoppers, 3, "warm");
var alone = await checkout.MeasureAsync(1, 30, "alone");
var capacity = await checkout.MeasureAsync(CheckoutShoppers, 10, "capacity");
var sale = new SaleRun(api, orders, admin, product, Shopper);
var result = await sale.RunAsync(CheckoutShoppers, capacity.OrdersPerSecond, window);
Report.Print(alone, capacity, result, api);
