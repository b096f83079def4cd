namespace GitGoods.Orders.PlaceOrder;

/// <summary>The body of POST /api/orders as sent; every member nullable so the rules can name each missing field.</summary>
public sealed class OrderInput
{
    public IReadOnlyList<OrderLineInput?>? Items { get; set; }

    public ShippingInput? Shipping { get; set; }

    public PaymentInput? Payment { get; set; }
}

public sealed class OrderLineInput
{
    public string? ProductId { get; set; }

    public int? Quantity { get; set; }
}

public sealed class ShippingInput
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public AddressInput? Address { get; set; }

    /// <summary>Optional: where the confirmation e-mail goes.</summary>
    public string? Email { get; set; }
}

public sealed class AddressInput
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

public sealed class PaymentInput
{
    public string? Method { get; set; }

    public string? Token { get; set; }
}
