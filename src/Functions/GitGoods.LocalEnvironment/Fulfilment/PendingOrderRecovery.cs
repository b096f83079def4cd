using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// fauxqs keeps its queues in memory, so a message on the queue when the stack stopped is gone at the next start, while
/// its order (on disk) is still PENDING. At start the stack therefore hands every PENDING order to the queue again; the
/// workflow is idempotent, so an order that was in fact finished is left as it is. (On AWS, SQS is durable: not needed.)
/// </summary>
public static partial class PendingOrderRecovery
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Handed {Count} PENDING orders to the order queue again")]
    public static partial void LogRequeued(ILogger logger, int count);

    public static async Task<int> RequeueAsync(IOrderStore orders, IOrderHandOff handOff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(handOff);
        var requeued = 0;
        string? cursor = null;
        do
        {
            var page = await orders.ListAllAsync(OrderStatus.Pending, new PageRequest(PageRequest.MaxLimit, cursor), cancellationToken);
            if (page.Items.Count > 0)
            {
                await handOff.HandOffAsync([.. page.Items.Select(o => o.Id)], cancellationToken);
                requeued += page.Items.Count;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return requeued;
    }
}
