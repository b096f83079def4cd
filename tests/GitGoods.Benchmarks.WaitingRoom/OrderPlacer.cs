using System.Globalization;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>An order placed and settled: its id, final status and placed → settled on the server clock (statusHistory).</summary>
internal sealed record PlacedOrder(string Id, string Status, TimeSpan ServerSettle);

/// <summary>
/// POST /api/orders (with the admission token when there is one, and an Idempotency-Key), then GET the order every
/// <see cref="PollMs"/> until it leaves PENDING, as the SPA does. A 503 or a 409 "still being placed" is sent again with the
/// same key after Retry-After (at most 1 s), as a client does; the 503 still counts as a 5xx.
/// </summary>
internal sealed class OrderPlacer(BenchClient api, string productId)
{
    public const int PollMs = 100;

    public async Task<PlacedOrder> PlaceAsync(string token, string key, string? admissionToken)
    {
        var body = $$$"""{"items":[{"productId":"{{{productId}}}","quantity":1}],"shipping":{"name":"Bench Shopper","phone":"+6591234567","address":{"line1":"1 Bench Road","city":"Singapore","postalCode":"123456","country":"SG"}},"payment":{"method":"card","token":"pm_card_visa"}}""";
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Idempotency-Key"] = key };
        if (admissionToken is not null)
        {
            headers["X-Admission-Token"] = admissionToken;
        }

        var id = await PostAsync(token, body, headers);
        while (true)
        {
            await Task.Delay(PollMs);
            var order = (await api.SendAsync(HttpMethod.Get, "/api/orders/" + id, token)).Body;
            var status = order?["status"]?.GetValue<string>();
            if (status is null or "PENDING")
            {
                continue;
            }

            var history = order!["statusHistory"]!.AsArray();
            var placedAt = DateTimeOffset.Parse(history[0]!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var settledAt = DateTimeOffset.Parse(history[^1]!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            return new PlacedOrder(id, status, settledAt - placedAt);
        }
    }

    private async Task<string> PostAsync(string token, string body, Dictionary<string, string> headers)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await api.SendAsync(HttpMethod.Post, "/api/orders", token, body, headers);
            if (answer.Status == 202)
            {
                return answer.Body!["id"]!.GetValue<string>();
            }

            var still = answer.Status == 409 && (answer.Body?.ToJsonString().Contains("still being placed", StringComparison.Ordinal) ?? false);
            if ((answer.Status != 503 && !still) || attempt == 20)
            {
                throw new InvalidOperationException($"POST /api/orders answered {answer.Status} (attempt {attempt}): {answer.Body?.ToJsonString()}");
            }

            var pause = answer.RetryAfter ?? TimeSpan.FromMilliseconds(200);
            await Task.Delay(pause < TimeSpan.FromSeconds(1) ? pause : TimeSpan.FromSeconds(1));
        }
    }
}
