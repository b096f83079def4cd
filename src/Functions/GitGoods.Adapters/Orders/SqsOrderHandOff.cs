using System.Text;
using System.Text.Json;
using GitGoods.Adapters.Queues;
using GitGoods.Domain.Orders;

namespace GitGoods.Adapters.Orders;

/// <summary>Hands orders to the order queue as <c>{"orderId":"…"}</c> messages (the id only: no order data travels on the queue).</summary>
public sealed class SqsOrderHandOff(SqsMessageSender sender) : IOrderHandOff
{
    public Task HandOffAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        return orderIds.Count == 1
            ? sender.SendAsync(Body(orderIds[0]), cancellationToken)
            : sender.SendBatchAsync([.. orderIds.Select(Body)], cancellationToken);
    }

    public static string Body(string orderId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("orderId", orderId);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
