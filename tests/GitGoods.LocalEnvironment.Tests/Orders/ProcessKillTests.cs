using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Orders;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>
/// The stack as its own OS process, killed with SIGKILL after PlaceOrder wrote the order (and its outbox entry) and
/// before the hand-off to the queue reached fauxqs: fauxqs is frozen (SIGSTOP) so the send hangs, the test waits until
/// the order item is in DynamoDB while the POST is still unanswered, then kills the process. No test hook in the stack.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ProcessKillTests(LocalEnvironmentFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("gitgoods-kill-test-");
    private readonly string _table = "kill-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task AStackKilledBetweenTheOrderWriteAndTheHandOff_ConfirmsTheOrderAfterARestart_TakingStockAndPaymentOnce()
    {
        var (productId, orderId, answer) = await PlaceAndKillAsync();

        // Dead and frozen: nothing was handed off. The order is PENDING with its outbox entry, no stock held, no payment.
        answer.Should().NotStartWith("202", "the POST never got its answer: the process died in the hand-off");
        var written = (await OrderItemAsync(orderId))!;
        written["status"].S.Should().Be("PENDING");
        written["stockReserved"].BOOL.Should().NotBe(true);
        (await OutboxEntriesAsync(orderId)).Should().Be(1, "the order was written with its outbox entry and never handed off");
        (await PaymentItemsAsync(orderId)).Should().BeEmpty();
        (await StockAsync(productId)).Should().Be(5);

        await using var second = await StartAsync();
        var shopper = (await second.Identity.SignInAsync("shopper@gitgoods.local")).IdToken;
        JsonObject order = [];
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await SendToAsync(second.Client, HttpMethod.Get, "/api/orders/" + orderId, shopper);
            order = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            return order["status"]?.GetValue<string>() is { } status && status != "PENDING";
        }, SettleDeadline, $"order {orderId} settles after the restart");

        order["status"]!.GetValue<string>().Should().Be("CONFIRMED", order.ToJsonString());
        order["statusHistory"]!.AsArray().Count(h => h!["status"]!.GetValue<string>() == "CONFIRMED").Should().Be(1);
        (await StockAsync(productId)).Should().Be(4, "the stock is taken exactly once");
        var payments = await PaymentItemsAsync(orderId);
        payments.Should().ContainSingle("one payment authorisation for the order");
        payments[0]["status"].S.Should().Be("AUTHORIZED");
        payments[0]["authorizationId"].S.Should().Be((await OrderItemAsync(orderId))!["paymentAuthorizationId"].S);
        await Eventually.HoldsAsync(async () => await OutboxEntriesAsync(orderId) == 0, TimeSpan.FromSeconds(60),
            "the outbox relay hands the order off and removes its outbox entry");
    }

    public void Dispose() => _state.Delete(recursive: true);

    /// <summary>Places an order while fauxqs is frozen, kills the stack once the order is written; returns what the POST saw.</summary>
    private async Task<(string ProductId, string OrderId, string Answer)> PlaceAndKillAsync()
    {
        var first = await StartAsync();
        var fauxqs = first.FauxqsProcessId;
        try
        {
            var productId = await NewProductAsync(first, stock: 5);
            var shopper = (await first.Identity.SignInAsync("shopper@gitgoods.local")).IdToken;
            var key = "kill-" + Guid.NewGuid().ToString("N");
            var orderId = OrderIds.From(Subject(shopper), key);

            await StackProcess.SignalAsync(fauxqs, "STOP");
            var post = SendToAsync(first.Client, HttpMethod.Post, "/api/orders", shopper, Body(productId, 1), key);
            await Eventually.HoldsAsync(async () => post.IsCompleted || await OrderItemAsync(orderId) is not null, TimeSpan.FromSeconds(30),
                "PlaceOrder writes the order");
            post.IsCompleted.Should().BeFalse("the POST must still be waiting on the hand-off when the process is killed; it answered " +
                (post.IsCompletedSuccessfully ? (int)post.Result.StatusCode + " " + await post.Result.Content.ReadAsStringAsync() : "with an error"));

            await first.KillAsync();
            await StackProcess.SignalAsync(fauxqs, "KILL");
            await Eventually.HoldsAsync(() => !StackProcess.Exists(fauxqs), TimeSpan.FromSeconds(10), "the frozen fauxqs is gone");
            var answer = await AnswerAsync(post);
            return (productId, orderId, answer);
        }
        finally
        {
            if (StackProcess.Exists(fauxqs))
            {
                await StackProcess.SignalAsync(fauxqs, "KILL");
            }

            await first.DisposeAsync();
        }
    }

    private Task<StackProcess> StartAsync() =>
        StackProcess.StartAsync(fixture.DynamoDb.Endpoint, _table, _state.FullName, "--queue-visibility-seconds", "2");

    private static async Task<string> AnswerAsync(Task<HttpResponseMessage> post)
    {
        try
        {
            using var response = await post;
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException e)
        {
            return "no answer: " + e.Message;
        }
    }

    private static async Task<HttpResponseMessage> SendToAsync(HttpClient client, HttpMethod method, string path, string bearer, string? body = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> NewProductAsync(StackProcess stack, int stock)
    {
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
        var body = new JsonObject
        {
            ["title"] = "Killed Edition " + Guid.NewGuid().ToString("N")[..6], ["platform"] = "PC", ["description"] = "Stock that must be taken once.",
            ["price"] = new JsonObject { ["amount"] = 2990, ["currency"] = "SGD" }, ["stock"] = stock,
        }.ToJsonString();
        using var response = await SendToAsync(stack.Client, HttpMethod.Post, "/api/seller/products", seller, body);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private static string Subject(string idToken)
    {
        var payload = idToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!["sub"]!.GetValue<string>();
    }

    private async Task<Dictionary<string, AttributeValue>?> OrderItemAsync(string orderId)
    {
        var response = await fixture.DynamoDb.Client.GetItemAsync(new GetItemRequest
        {
            TableName = _table, Key = Key("ORDER#" + orderId, "ORDER"), ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item ? item : null;
    }

    private async Task<int> StockAsync(string productId)
    {
        var response = await fixture.DynamoDb.Client.GetItemAsync(new GetItemRequest
        {
            TableName = _table, Key = Key("PRODUCT#" + productId, "PRODUCT"), ConsistentRead = true,
        });
        return int.Parse(response.Item["stock"].N, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<Dictionary<string, AttributeValue>>> PaymentItemsAsync(string orderId)
    {
        var response = await fixture.DynamoDb.Client.QueryAsync(new QueryRequest
        {
            TableName = _table, KeyConditionExpression = "PK = :pk", ConsistentRead = true,
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":pk"] = new("PAYMENT#" + orderId) },
        });
        return response.Items;
    }

    /// <summary>Outbox entries (<c>type = OrderOutbox</c>) naming the order, over the whole table.</summary>
    private async Task<int> OutboxEntriesAsync(string orderId)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await fixture.DynamoDb.Client.ScanAsync(new ScanRequest
            {
                TableName = _table, ConsistentRead = true, ExclusiveStartKey = start,
                FilterExpression = "#type = :outbox AND orderId = :id",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#type"] = "type" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":outbox"] = new("OrderOutbox"), [":id"] = new(orderId),
                },
            });
            count += page.Items.Count;
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return count;
    }

    private static Dictionary<string, AttributeValue> Key(string pk, string sk) =>
        new(StringComparer.Ordinal) { ["PK"] = new(pk), ["SK"] = new(sk) };
}
