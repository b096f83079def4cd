namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    /// <summary>The waiting room: defining a sale (200, 400, 422, 403), joining (201, 200, 404), checking in (200, 400, 403), listing, ending (204, 404).</summary>
    private async Task WaitingRoomAsync(string productId)
    {
        var sale = "contract-" + Guid.NewGuid().ToString("N")[..8];
        var body = "{\"name\":\"Contract sale\",\"startsAt\":\"2026-01-01T00:00:00Z\",\"endsAt\":\"2099-01-01T00:00:00Z\",\"productIds\":[\"" + productId
            + "\"],\"capacity\":5,\"admissionRatePerMinute\":600}";
        await Expect(200, HttpMethod.Put, "/api/admin/sales/" + sale, Admin, body);
        await Expect(422, HttpMethod.Put, "/api/admin/sales/" + sale, Admin, "{\"name\":\"\",\"capacity\":0}");
        await Expect(400, HttpMethod.Put, "/api/admin/sales/" + sale, Admin, "{\"name\":", contentType: "text/plain");
        await Expect(403, HttpMethod.Put, "/api/admin/sales/" + sale, _shopper, body);
        await Expect(200, HttpMethod.Get, "/api/waiting-room");
        var (joined, _) = await Expect(201, HttpMethod.Post, $"/api/waiting-room/{sale}/positions", _shopper);
        await Expect(200, HttpMethod.Post, $"/api/waiting-room/{sale}/positions", _shopper);
        await Expect(404, HttpMethod.Post, "/api/waiting-room/no-such-sale/positions", _shopper);
        var token = joined!["positionToken"]!.GetValue<string>();
        await Expect(200, HttpMethod.Get, $"/api/waiting-room/{sale}/position", _shopper, headers: Header("X-Position-Token", token));
        await Expect(400, HttpMethod.Get, $"/api/waiting-room/{sale}/position", _shopper);
        await Expect(403, HttpMethod.Get, $"/api/waiting-room/{sale}/position", _shopper, headers: Header("X-Position-Token", token[..^4] + "AAAA"));
        await Expect(200, HttpMethod.Get, "/api/admin/sales", Admin);
        await Expect(204, HttpMethod.Delete, "/api/admin/sales/" + sale, Admin);
        await Expect(404, HttpMethod.Delete, "/api/admin/sales/no-such-sale", Admin);
    }
}
