using System.Collections.Concurrent;
using System.Diagnostics;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Faults;

/// <summary>One answer a shopper got: when (since the load began), its status, and what a 503 must carry.</summary>
public sealed record ShopperAnswer(TimeSpan At, string Call, int Status, string? ContentType, string? RetryAfter);

/// <summary>An order the shop accepted (202): whose it is, so its shopper can read it later.</summary>
public sealed record AcceptedOrder(string Id, string Token, int Quantity);

/// <summary>
/// Several shoppers placing orders (one unit each, each with its own Idempotency-Key) and reading the product, over real
/// HTTP, until stopped; every answer is recorded.
/// </summary>
public sealed class ShopperLoad : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _shoppers;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ShopperLoad(LocalEnvironmentHost stack, string productId, int shoppers)
    {
        _shoppers = [.. Enumerable.Range(0, shoppers).Select(i => Task.Run(() => ShopAsync(stack, productId, "shopper-" + Guid.NewGuid().ToString("N"), _stop.Token)))];
    }

    public ConcurrentQueue<ShopperAnswer> Answers { get; } = new();

    public ConcurrentQueue<AcceptedOrder> Accepted { get; } = new();

    /// <summary>Time since the load began.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_shoppers);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task ShopAsync(LocalEnvironmentHost stack, string productId, string sub, CancellationToken stop)
    {
        var token = ShopperToken(stack, sub);
        while (!stop.IsCancellationRequested)
        {
            using (var placed = await PlaceAsync(stack, token, Guid.NewGuid().ToString("N"), Body(productId, 1)))
            {
                Record("place", placed);
                if (placed.Headers.RetryAfter?.Delta is { } pause)
                {
                    await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                if ((int)placed.StatusCode == 202)
                {
                    Accepted.Enqueue(new AcceptedOrder((await JsonAsync(placed))["id"]!.GetValue<string>(), token, 1));
                }
            }

            using var read = await stack.Client.GetAsync("/api/products/" + productId, CancellationToken.None);
            Record("read", read);
            if (read.Headers.RetryAfter?.Delta is { } wait)
            {
                // A well-behaved client honours Retry-After (and leaves the restarting engine some CPU).
                await Task.Delay(wait, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Record(string call, HttpResponseMessage response) =>
        Answers.Enqueue(new ShopperAnswer(_clock.Elapsed, call, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Headers.RetryAfter?.ToString()));
}
