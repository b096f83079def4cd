using System.Text.Json;

namespace GitGoods.Cart.SetCartItem;

/// <summary>The body of PUT /api/cart/items/{productId}: <c>{"quantity": n}</c>.</summary>
public sealed record SetCartItemRequest(int? Quantity)
{
    /// <summary>The request, or null when the body is not a JSON object or <c>quantity</c> is not an integer (a 400).</summary>
    public static SetCartItemRequest? Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (!root.TryGetProperty("quantity", out var quantity) || quantity.ValueKind == JsonValueKind.Null)
            {
                return new SetCartItemRequest((int?)null);
            }

            // Out-of-int-range whole numbers are well-formed but invalid (422), not malformed.
            return quantity.ValueKind == JsonValueKind.Number && quantity.TryGetDecimal(out var value) && decimal.Truncate(value) == value
                ? new SetCartItemRequest((int)Math.Clamp(value, int.MinValue, int.MaxValue))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
