using System.Text.RegularExpressions;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;

namespace GitGoods.Orders.PlaceOrder;

/// <summary>
/// The rules of an order body. Every broken rule is reported at once, keyed by its JSON path
/// (<c>shipping.address.postalCode</c>, <c>items[2].quantity</c>), so a client can mark every field in one round trip.
/// </summary>
public static partial class OrderInputRules
{
    public const int MaxLines = 50;

    public static IReadOnlyDictionary<string, string[]> Check(OrderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        CheckItems(input.Items, Add);
        CheckShipping(input.Shipping, Add);
        if (input.Payment is null)
        {
            Add("payment", "Required.");
        }
        else
        {
            if (!string.Equals(input.Payment.Method, "card", StringComparison.Ordinal))
            {
                Add("payment.method", "Must be \"card\".");
            }

            if (input.Payment.Token is null || !PaymentTokens.IsWellFormed(input.Payment.Token))
            {
                Add("payment.token", "Must be a payment method token such as pm_card_visa.");
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void CheckItems(IReadOnlyList<OrderLineInput?>? items, Action<string, string> add)
    {
        if (items is null)
        {
            return; // the signed-in shopper's cart is ordered
        }

        if (items.Count is 0 or > MaxLines)
        {
            add("items", $"Must hold 1–{MaxLines} lines (or leave items out to order the cart).");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var line = items[i];
            if (line is null)
            {
                add($"items[{i}]", "Required.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.ProductId) || line.ProductId.Length > 100)
            {
                add($"items[{i}].productId", "Required, at most 100 characters.");
            }
            else if (!seen.Add(line.ProductId))
            {
                add($"items[{i}].productId", "Listed twice; give one line per product.");
            }

            if (line.Quantity is not (>= 1 and <= OrderLine.MaxQuantity))
            {
                add($"items[{i}].quantity", $"Must be 1–{OrderLine.MaxQuantity}.");
            }
        }
    }

    private static void CheckShipping(ShippingInput? shipping, Action<string, string> add)
    {
        if (shipping is null)
        {
            add("shipping", "Required.");
            return;
        }

        Text(shipping.Name, "shipping.name", 100, add);
        if (shipping.Phone is null || !Phone().IsMatch(shipping.Phone))
        {
            add("shipping.phone", "Must be an international number: + then 7–15 digits, e.g. +6591234567.");
        }

        if (shipping.Email is not null && (shipping.Email.Length > 254 || !Email().IsMatch(shipping.Email)))
        {
            add("shipping.email", "Must be an e-mail address.");
        }

        var address = shipping.Address;
        if (address is null)
        {
            add("shipping.address", "Required.");
            return;
        }

        Text(address.Line1, "shipping.address.line1", 200, add);
        if (address.Line2 is { Length: > 200 })
        {
            add("shipping.address.line2", "At most 200 characters.");
        }

        Text(address.City, "shipping.address.city", 100, add);
        if (address.PostalCode is null || !PostalCode().IsMatch(address.PostalCode))
        {
            add("shipping.address.postalCode", "Must be 2–12 letters, digits, spaces or hyphens.");
        }

        if (address.Country is null || !Country().IsMatch(address.Country))
        {
            add("shipping.address.country", "Must be an ISO 3166-1 alpha-2 code such as SG.");
        }
    }

    private static void Text(string? value, string field, int max, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            add(field, $"Required, 1–{max} characters.");
        }
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 \-]{0,10}[A-Za-z0-9]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^[A-Z]{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Country();
}
