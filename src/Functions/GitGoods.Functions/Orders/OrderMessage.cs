using System.Text.Json;
using GitGoods.Domain.Orders;
using GitGoods.Http;

namespace GitGoods.Orders;

/// <summary>The body of an order-queue message, <c>{"orderId":"…"}</c>: the order's id only, never its data.</summary>
public sealed record OrderMessage(string OrderId)
{
    public string ToJson() => JsonSerializer.Serialize(this, FunctionsJsonContext.Default.OrderMessage);

    /// <summary>The message, or null when the body is not one (such a message can never succeed).</summary>
    public static OrderMessage? TryParse(string body)
    {
        try
        {
            var message = JsonSerializer.Deserialize(body, FunctionsJsonContext.Default.OrderMessage);
            return message is not null && OrderIds.IsWellFormed(message.OrderId) ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
