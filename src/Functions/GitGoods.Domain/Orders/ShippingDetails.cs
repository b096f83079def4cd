namespace GitGoods.Domain.Orders;

/// <summary>Where and to whom an order goes. Personal data: stored encrypted field by field, never logged.</summary>
public sealed record ShippingDetails(string Name, string Phone, ShippingAddress Address, string? Email)
{
    /// <summary>Never prints the personal data it holds.</summary>
    public override string ToString() => "ShippingDetails { (personal data) }";
}

/// <summary>A postal address; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record ShippingAddress(string Line1, string? Line2, string City, string PostalCode, string Country)
{
    public override string ToString() => "ShippingAddress { (personal data) }";
}
