using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using GitGoods.Composition;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Api;

/// <summary>Helpers for the cart contract tests: products of the test's own, raw table writes, and cart requests over HTTP.</summary>
internal sealed class CartStack(LocalEnvironmentHost stack)
{
    public HttpClient Client => stack.Client;

    public FunctionServices Services => stack.Services.GetRequiredService<FunctionServices>();

    public string TableName => Services.Settings.RequireTableName();

    public async Task<string> AddProductAsync(int stock, long price = 2500)
    {
        var id = "cart-test-" + Guid.NewGuid().ToString("N")[..12];
        var now = DateTimeOffset.UtcNow;
        await Services.ProductWriter.AddAsync(
            Product.Create(id, "Cart Test " + id, "PC", "For the cart tests.", new Money(price, "SGD"), stock, [], "seller-x", ProductStatus.Active, now, now),
            default);
        return id;
    }

    /// <summary>Changes a product's price in its item, as a seller's edit would.</summary>
    public Task RepriceAsync(string productId, long price) =>
        Services.DynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = TableName,
            Key = new(StringComparer.Ordinal) { ["PK"] = new("PRODUCT#" + productId), ["SK"] = new("PRODUCT") },
            UpdateExpression = "SET priceAmount = :p",
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":p"] = new() { N = price.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });

    public async Task<(int Status, JsonObject? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? cartId = null, string? token = null, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (cartId is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Cart-Id", cartId);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject(), response);
    }

    public Task<(int Status, JsonObject? Body, HttpResponseMessage Response)> PutAsync(string productId, int quantity, string? cartId = null, string? token = null) =>
        SendAsync(HttpMethod.Put, "/api/cart/items/" + productId, cartId, token, $$"""{"quantity": {{quantity}}}""");

    public static int QuantityOf(JsonObject cart, string productId) =>
        cart["items"]!.AsArray().Where(i => i!["productId"]!.GetValue<string>() == productId).Select(i => i!["quantity"]!.GetValue<int>()).SingleOrDefault();
}
