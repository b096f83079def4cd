using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.TestSupport;

/// <summary>
/// Real orders for the analytics lake's tests, carrying distinctive personal data (kept plain inside the sealed fields,
/// so a test can prove that none of it reaches a lake file).
/// </summary>
public static class LakeOrders
{
    public const string CustomerId = "customer-5f3b9c0e";
    public const string Name = "Zebulon Quartermaine";
    public const string Phone = "+6598761234";
    public const string Email = "zebulon.q@example.test";
    public const string Street = "42 Marigold Crescent";
    public const string PaymentToken = "pm_secret_tok_4242";

    /// <summary>Every personal value the orders carry.</summary>
    public static IReadOnlyList<string> PersonalValues { get; } = [CustomerId, Name, Phone, Email, Street, PaymentToken];

    public static OrderLine Line(string productId, string platform, long unitAmount, int quantity, string sellerId = "seller-1") =>
        new(productId, "Game " + productId, platform, sellerId, new Money(unitAmount, "SGD"), quantity);

    /// <summary>A PENDING order placed at <paramref name="at"/>.</summary>
    public static Order Placed(string id, DateTimeOffset at, params OrderLine[] lines)
    {
        var personal = new OrderPersonalData(new ShippingDetails(Name, Phone, new ShippingAddress(Street, null, "Singapore", "123456", "SG"), Email), PaymentToken);
        return new Order
        {
            Id = id,
            CustomerId = CustomerId,
            Status = OrderStatus.Pending,
            Lines = lines,
            PersonalData = personal.SealAsync(new PlainProtector(), id, CancellationToken.None).GetAwaiter().GetResult(),
            History = [new StatusChange(OrderStatus.Pending, at)],
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    /// <summary>Keeps fields as they are, like a key ring that stores plain text: the worst case for a leak.</summary>
    private sealed class PlainProtector : IPersonalDataProtector
    {
        public Task<ProtectedFields> ProtectAsync(string orderId, IReadOnlyDictionary<string, string> fields, CancellationToken ct) =>
            Task.FromResult(new ProtectedFields("plain", "", new Dictionary<string, string>(fields, StringComparer.Ordinal)));

        public Task<IReadOnlyDictionary<string, string>> UnprotectAsync(string orderId, ProtectedFields protectedFields, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(protectedFields.Ciphertexts);
    }
}
