using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Orders;

/// <summary>
/// The personal and payment data of an order: sealed field by field before the order is stored, opened only for its owner,
/// an admin, or the workflow step that needs it (payment, notification).
/// </summary>
public sealed record OrderPersonalData(ShippingDetails Shipping, string PaymentToken)
{
    private const string Name = "name";
    private const string Phone = "phone";
    private const string Email = "email";
    private const string Line1 = "address.line1";
    private const string Line2 = "address.line2";
    private const string City = "address.city";
    private const string PostalCode = "address.postalCode";
    private const string Country = "address.country";
    private const string Token = "payment.token";

    public Task<ProtectedFields> SealAsync(IPersonalDataProtector protector, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protector);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Name] = Shipping.Name,
            [Phone] = Shipping.Phone,
            [Line1] = Shipping.Address.Line1,
            [City] = Shipping.Address.City,
            [PostalCode] = Shipping.Address.PostalCode,
            [Country] = Shipping.Address.Country,
            [Token] = PaymentToken,
        };
        if (Shipping.Address.Line2 is not null)
        {
            fields[Line2] = Shipping.Address.Line2;
        }

        if (Shipping.Email is not null)
        {
            fields[Email] = Shipping.Email;
        }

        return protector.ProtectAsync(orderId, fields, cancellationToken);
    }

    public static async Task<OrderPersonalData> OpenAsync(IPersonalDataProtector protector, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(order);
        var fields = await protector.UnprotectAsync(order.Id, order.PersonalData, cancellationToken).ConfigureAwait(false);
        var address = new ShippingAddress(fields[Line1], fields.GetValueOrDefault(Line2), fields[City], fields[PostalCode], fields[Country]);
        return new OrderPersonalData(new ShippingDetails(fields[Name], fields[Phone], address, fields.GetValueOrDefault(Email)), fields[Token]);
    }

    public override string ToString() => "OrderPersonalData { (personal data) }";
}
