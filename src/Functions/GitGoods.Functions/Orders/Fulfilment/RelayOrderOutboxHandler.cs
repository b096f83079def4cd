using GitGoods.Domain.Orders;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// The outbox relay, run on a schedule: hands every order whose outbox entry is older than <see cref="Grace"/> to the
/// order queue and removes the entry. It catches what the placing function could not hand off (a queue outage, a crash
/// between the order write and the send). Sending before removing means a crash here duplicates, never loses.
/// </summary>
public sealed class RelayOrderOutboxHandler(IOrderOutbox outbox, IOrderHandOff handOff, TimeProvider time) : IEventBridgeHandler
{
    /// <summary>Entries younger than this are left to the placing function, which is still handing them off.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private const int BatchSize = 100;

    public async Task HandleAsync(EventBridgeEvent eventBridgeEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var relayed = await RelayAsync(time.GetUtcNow() - Grace, cancellationToken);
        context.Metrics.AddMetric("OutboxRelayed", relayed);
    }

    /// <summary>Relays every entry placed before <paramref name="placedBefore"/>; returns how many.</summary>
    public async Task<int> RelayAsync(DateTimeOffset placedBefore, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var due = await outbox.ListUnsentAsync(placedBefore, BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            await handOff.HandOffAsync([.. due.Select(e => e.OrderId)], cancellationToken);
            foreach (var entry in due)
            {
                await outbox.MarkSentAsync(entry, cancellationToken);
            }

            total += due.Count;
        }
    }
}
