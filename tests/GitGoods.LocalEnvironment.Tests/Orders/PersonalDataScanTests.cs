using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>
/// Places, confirms and cancels orders with distinctive personal data on a stack with a DynamoDB Local of its own, then
/// looks for that data in plain text everywhere the stack keeps or sends it: every item of every table (binary and set
/// attributes decoded), every message that passed through its queues (watched without taking them), and every log line.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class PersonalDataScanTests
{
    // Values that cannot occur by chance in ciphertext, base64, hex, ids or timestamps (spaces, '+', '@', '-', words).
    private static readonly Shopper Grace = new("Grace Brewster Hopper", "+6598765432", "77 Secret Compiler Lane", "Apt 9 Bletchley Wing",
        "VA-22201", "grace.hopper@navy.example", "pm_card_mastercard");

    private static readonly Shopper Katherine = new("Katherine Coleman Johnson", "+6587654321", "3 Trajectory Crescent", null,
        "WV-25112", null, "pm_card_visa");

    [Fact]
    public async Task OrdersPlacedConfirmedAndCancelled_LeaveNoPersonalDataInPlainText_InAnyTableQueueMessageOrLogLine()
    {
        await using var dynamoDb = await PrivateDynamoDbLocal.StartAsync();
        var log = new CapturedLog();
        await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = dynamoDb.Endpoint, TableName = "pii-" + Guid.NewGuid().ToString("N"), LogSink = log,
            ExtraArgs = ["--Logging:LogLevel:Default=Debug"],
        });
        await using var queues = new QueueInspector(stack.Services.GetRequiredService<SqsEngine>().Endpoint);
        var product = await NewProductAsync(stack, stock: 5);

        var grace = ShopperToken(stack, "pii-grace-" + Guid.NewGuid().ToString("N"));
        var graceOrder = await PlaceAndSettleAsync(stack, grace, Grace.Body(product));
        var katherine = ShopperToken(stack, "pii-katherine-" + Guid.NewGuid().ToString("N"));
        var katherineOrder = await PlaceAndSettleAsync(stack, katherine, Katherine.Body(product));
        using (var cancelled = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{graceOrder}/cancel", grace))
        {
            cancelled.IsSuccessStatusCode.Should().BeTrue(await cancelled.Content.ReadAsStringAsync());
        }

        await Eventually.HoldsAsync(async () => (await GetAsync(stack, grace, graceOrder))["status"]!.GetValue<string>() == "CANCELLED",
            SettleDeadline, "the cancellation completes");
        await queues.InspectAsync();

        var (stored, items) = await StoredValues.AllAsync(dynamoDb.Client);
        var seen = new List<StoredValues.Value>(stored);
        seen.AddRange(queues.Messages.Select(m => new StoredValues.Value("queue message " + m.Key, m.Value)));
        seen.AddRange(log.Lines.Select((line, i) => new StoredValues.Value($"log line {i}", line)));

        // The scan reached what it must judge: both orders' items, their messages on the queue, the order path's logs.
        (await StoredValues.TablesAsync(dynamoDb.Client)).Should().HaveCountGreaterThanOrEqualTo(2);
        items.Should().BePositive();
        stored.Should().Contain(v => v.Text.Contains(graceOrder, StringComparison.Ordinal)).And.Contain(v => v.Text.Contains(katherineOrder, StringComparison.Ordinal));
        queues.Messages.Values.Should().Contain(m => m.Contains(graceOrder, StringComparison.Ordinal) || m.Contains(katherineOrder, StringComparison.Ordinal),
            $"the order hand-offs were seen on the queue ({queues.Messages.Count} messages in {queues.Rounds} reads)");
        log.Lines.Should().Contain(l => l.Contains("OrderPipe", StringComparison.Ordinal), "the order path did log");
        var leaks = Grace.Secrets.Concat(Katherine.Secrets)
            .SelectMany(secret => seen.Where(v => v.Text.Contains(secret, StringComparison.Ordinal)).Select(v => $"'{secret}' in {v.Where}"))
            .ToList();
        string.Join(Environment.NewLine, leaks).Should().BeEmpty($"no personal data rests or travels in plain text ({items} items, {queues.Messages.Count} queue messages, {log.Lines.Count} log lines scanned)");

        // It is all there, encrypted: the owner reads it back.
        (await GetAsync(stack, grace, graceOrder))["shipping"]!["address"]!["line2"]!.GetValue<string>().Should().Be(Grace.Line2);
    }

    private static async Task<string> PlaceAndSettleAsync(LocalEnvironmentHost stack, string shopper, string body)
    {
        using var placed = await PlaceAsync(stack, shopper, "pii-" + Guid.NewGuid().ToString("N"), body);
        ((int)placed.StatusCode).Should().Be(202, await placed.Content.ReadAsStringAsync());
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        (await SettledAsync(stack, shopper, id))["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        return id;
    }

    private sealed record Shopper(string Name, string Phone, string Line1, string? Line2, string PostalCode, string? Email, string PaymentToken)
    {
        public IEnumerable<string> Secrets =>
            new[] { Name, Phone, Phone.TrimStart('+'), Line1, Line2, PostalCode, Email, PaymentToken }
                .Concat(Name.Split(' ')[1..])
                .OfType<string>();

        public string Body(string productId)
        {
            var address = new JsonObject { ["line1"] = Line1, ["city"] = "Arlington", ["postalCode"] = PostalCode, ["country"] = "US" };
            if (Line2 is not null)
            {
                address["line2"] = Line2;
            }

            var shipping = new JsonObject { ["name"] = Name, ["phone"] = Phone, ["address"] = address };
            if (Email is not null)
            {
                shipping["email"] = Email;
            }

            return new JsonObject
            {
                ["items"] = new JsonArray(new JsonObject { ["productId"] = productId, ["quantity"] = 1 }),
                ["shipping"] = shipping,
                ["payment"] = new JsonObject { ["method"] = "card", ["token"] = PaymentToken },
            }.ToJsonString();
        }
    }
}
