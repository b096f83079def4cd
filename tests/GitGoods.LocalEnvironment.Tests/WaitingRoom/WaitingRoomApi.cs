using System.Net;
using System.Text.Json.Nodes;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.WaitingRoom;

/// <summary>Real HTTP calls to a running stack's waiting room.</summary>
internal static class WaitingRoomApi
{
    public static async Task<JsonObject> PutSaleAsync(LocalEnvironmentHost stack, string saleId, string productId, int capacity, int ratePerMinute,
        int abandonAfterSeconds = 30, DateTimeOffset? startsAt = null)
    {
        var admin = ShopperToken(stack, "admin-" + Guid.NewGuid().ToString("N"), "admins");
        var body = new JsonObject
        {
            ["name"] = "Sales day " + saleId,
            ["startsAt"] = (startsAt ?? DateTimeOffset.UtcNow.AddMinutes(-1)).ToString("O"),
            ["endsAt"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            ["productIds"] = new JsonArray(productId),
            ["capacity"] = capacity,
            ["admissionRatePerMinute"] = ratePerMinute,
            ["abandonAfterSeconds"] = abandonAfterSeconds,
        }.ToJsonString();
        using var response = await SendAsync(stack, HttpMethod.Put, "/api/admin/sales/" + saleId, admin, body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    /// <summary>
    /// Waits until the order route sees the sale: it reads the active sales at most once a second per process. The probe is
    /// an order with no shipping details, so it is refused either way (403 once the sale is seen, 422 before) and writes nothing.
    /// </summary>
    public static async Task SaleInEffectAsync(LocalEnvironmentHost stack, string productId)
    {
        var shopper = ShopperToken(stack, "probe-" + Guid.NewGuid().ToString("N"));
        var probe = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["productId"] = productId, ["quantity"] = 1 }) }.ToJsonString();
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await SendAsync(stack, HttpMethod.Post, "/api/orders", shopper, probe, "probe-" + Guid.NewGuid().ToString("N"));
            return response.StatusCode == HttpStatusCode.Forbidden;
        }, TimeSpan.FromSeconds(30), "the order route sees the new sale");
    }

    public static async Task<JsonObject> AdminSaleAsync(LocalEnvironmentHost stack, string saleId)
    {
        var admin = ShopperToken(stack, "admin-" + Guid.NewGuid().ToString("N"), "admins");
        using var response = await SendAsync(stack, HttpMethod.Get, "/api/admin/sales", admin);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await JsonAsync(response))["sales"]!.AsArray().Single(s => s!["saleId"]!.GetValue<string>() == saleId)!.AsObject();
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body)> JoinAsync(LocalEnvironmentHost stack, string shopper, string saleId)
    {
        using var response = await SendAsync(stack, HttpMethod.Post, $"/api/waiting-room/{saleId}/positions", shopper);
        return (response.StatusCode, await JsonAsync(response));
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body)> CheckInAsync(LocalEnvironmentHost stack, string shopper, string saleId, string? positionToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/waiting-room/{saleId}/position");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", shopper);
        if (positionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Position-Token", positionToken);
        }

        using var response = await stack.Client.SendAsync(request);
        return (response.StatusCode, await JsonAsync(response));
    }

    public static async Task<HttpResponseMessage> OrderAsync(LocalEnvironmentHost stack, string shopper, string key, string productId, string? admissionToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", shopper);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (admissionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Admission-Token", admissionToken);
        }

        request.Content = new StringContent(Body(productId, 1), System.Text.Encoding.UTF8, "application/json");
        return await stack.Client.SendAsync(request);
    }

    public static async Task<int> OrderCountAsync(LocalEnvironmentHost stack, string shopper)
    {
        using var response = await SendAsync(stack, HttpMethod.Get, "/api/orders", shopper);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await JsonAsync(response))["items"]!.AsArray().Count;
    }
}
