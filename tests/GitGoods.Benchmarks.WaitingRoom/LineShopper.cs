using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>What one shopper of the sale went through (client clock from the run's start; server admission time from the token's expiry).</summary>
internal sealed record LineResult(
    int Shopper, long Position, TimeSpan InLine, DateTimeOffset? AdmittedAt, PlacedOrder? Order, int Rejoins, string? Failure);

/// <summary>
/// One shopper of the sale, as the SPA behaves: joins the line, checks in every pollAfterSeconds with the position token
/// (joins again when EXPIRED), and once ADMITTED places the order with the admission token and an Idempotency-Key and
/// follows it until it settles.
/// </summary>
internal sealed class LineShopper(BenchClient api, OrderPlacer orders, string saleId, int admissionTtlSeconds)
{
    public async Task<LineResult> RunAsync(int shopper, string token)
    {
        var joined = Stopwatch.GetTimestamp();
        var (position, rejoins) = (0L, 0);
        try
        {
            var status = await JoinAsync(token);
            position = status["position"]!.GetValue<long>();
            while (!string.Equals(State(status), "ADMITTED", StringComparison.Ordinal))
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, status["pollAfterSeconds"]!.GetValue<int>())));
                var answer = await api.SendAsync(HttpMethod.Get, $"/api/waiting-room/{saleId}/position", token, headers:
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["X-Position-Token"] = status["positionToken"]!.GetValue<string>() });
                status = answer.Status == 200 ? answer.Body! : status;
                if (answer.Status == 403 || string.Equals(State(status), "EXPIRED", StringComparison.Ordinal))
                {
                    (status, rejoins) = (await JoinAsync(token), rejoins + 1);
                    position = status["position"]!.GetValue<long>();
                }
            }

            var inLine = Stopwatch.GetElapsedTime(joined);
            var admittedAt = DateTimeOffset.Parse(status["admissionExpiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)
                .AddSeconds(-admissionTtlSeconds);
            var order = await orders.PlaceAsync(token, $"sale-{saleId}-{shopper}", status["admissionToken"]!.GetValue<string>());
            return new LineResult(shopper, position, inLine, admittedAt, order, rejoins, null);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            return new LineResult(shopper, position, Stopwatch.GetElapsedTime(joined), null, null, rejoins, e.Message);
        }
    }

    private static string? State(JsonNode status) => status["state"]?.GetValue<string>();

    private Task<JsonNode> JoinAsync(string token) => api.MustAsync(HttpMethod.Post, $"/api/waiting-room/{saleId}/positions", token);
}
