using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>Real HTTP calls to a running stack's order API, and waiting (with a deadline) for orders to settle.</summary>
internal static class OrderApi
{
    public static readonly TimeSpan SettleDeadline = TimeSpan.FromSeconds(60);

    /// <summary>An ID token from the stack's own issuer for a shopper who exists only in the token (as any Cognito user would).</summary>
    public static string ShopperToken(LocalEnvironmentHost stack, string sub, params string[] groups)
    {
        var issuer = stack.Services.GetRequiredService<TokenIssuer>();
        var user = new StoredUser
        {
            Sub = sub, Username = sub + "@test.local", Email = sub + "@test.local", PasswordHash = "-", Confirmed = true, Groups = groups,
        };
        return issuer.Issue(user, DateTimeOffset.UtcNow).IdToken;
    }

    public static string Body(string productId, int quantity, string token = "pm_card_visa", string name = "Ada Lovelace", string? email = null)
    {
        var shipping = new JsonObject
        {
            ["name"] = name,
            ["phone"] = "+6591234567",
            ["address"] = new JsonObject { ["line1"] = "12 Analytical Engine Way", ["city"] = "Singapore", ["postalCode"] = "138577", ["country"] = "SG" },
        };
        if (email is not null)
        {
            shipping["email"] = email;
        }

        return new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject { ["productId"] = productId, ["quantity"] = quantity }),
            ["shipping"] = shipping,
            ["payment"] = new JsonObject { ["method"] = "card", ["token"] = token },
        }.ToJsonString();
    }

    public static async Task<HttpResponseMessage> SendAsync(LocalEnvironmentHost stack, HttpMethod method, string path, string? bearer,
        string? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await stack.Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PlaceAsync(LocalEnvironmentHost stack, string bearer, string key, string body) =>
        SendAsync(stack, HttpMethod.Post, "/api/orders", bearer, body, key);

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> GetAsync(LocalEnvironmentHost stack, string bearer, string orderId)
    {
        using var response = await SendAsync(stack, HttpMethod.Get, "/api/orders/" + orderId, bearer);
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response);
    }

    /// <summary>The order once it left PENDING (CONFIRMED or REJECTED, or CANCELLED by the test).</summary>
    public static async Task<JsonObject> SettledAsync(LocalEnvironmentHost stack, string bearer, string orderId)
    {
        JsonObject order = [];
        await Eventually.HoldsAsync(async () =>
        {
            order = await GetAsync(stack, bearer, orderId);
            return order["status"]!.GetValue<string>() != "PENDING";
        }, SettleDeadline, $"order {orderId} settles");
        return order;
    }

    /// <summary>Creates an ACTIVE product of the demo seller with <paramref name="stock"/> units; returns its id.</summary>
    public static async Task<string> NewProductAsync(LocalEnvironmentHost stack, int stock, long price = 4990)
    {
        var seller = await stack.Identity.SignInAsync("seller@gitgoods.local");
        var body = new JsonObject
        {
            ["title"] = "Limited Edition " + Guid.NewGuid().ToString("N")[..6],
            ["platform"] = "PC",
            ["description"] = "Sales-day stock.",
            ["price"] = new JsonObject { ["amount"] = price, ["currency"] = "SGD" },
            ["stock"] = stock,
        }.ToJsonString();
        using var response = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller.IdToken, body);
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response))["id"]!.GetValue<string>();
    }

    /// <summary>
    /// The product's stock now: a strongly consistent read of its item (the listings read indexes, which DynamoDB — and
    /// DynamoDB Local under load — updates a moment after the item).
    /// </summary>
    public static async Task<int> StockAsync(LocalEnvironmentHost stack, string productId)
    {
        var dynamoDb = stack.Services.GetRequiredService<GitGoods.Composition.FunctionServices>().DynamoDb;
        var response = await dynamoDb.GetItemAsync(new Amazon.DynamoDBv2.Model.GetItemRequest
        {
            TableName = stack.Services.GetRequiredService<GitGoods.LocalEnvironment.Configuration.LocalEnvironmentOptions>().TableName,
            Key = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>(StringComparer.Ordinal)
            {
                ["PK"] = new("PRODUCT#" + productId), ["SK"] = new("PRODUCT"),
            },
            ConsistentRead = true,
        });
        return response.Item is { Count: > 0 } item
            ? int.Parse(item["stock"].N, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No product {productId}.");
    }

    public static async Task<JsonArray> OutboxAsync(LocalEnvironmentHost stack)
    {
        using var response = await stack.Client.GetAsync("/local/outbox?limit=500");
        return (await JsonAsync(response))["items"]!.AsArray();
    }
}
