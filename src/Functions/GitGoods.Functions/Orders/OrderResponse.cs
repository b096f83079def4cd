using System.Text.Json.Serialization;
using GitGoods.Domain.Orders;
using GitGoods.Http;

namespace GitGoods.Orders;

/// <summary>An order on the wire. <see cref="Shipping"/> is present only for the order's owner and admins.</summary>
public sealed record OrderResponse(
    string Id,
    string Status,
    IReadOnlyList<OrderLineResponse> Items,
    MoneyResponse Total,
    ShippingResponse? Shipping,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<StatusChangeResponse> StatusHistory,
    string? RejectionReason)
{
    public static OrderResponse From(Order order, ShippingDetails? shipping)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderResponse(
            order.Id,
            OrderStatusRules.Name(order.Status),
            [.. order.Lines.Select(l => new OrderLineResponse(l.ProductId, l.Title, l.Platform, MoneyResponse.From(l.UnitPrice), l.Quantity,
                MoneyResponse.From(l.LineTotal)))],
            MoneyResponse.From(order.Total),
            shipping is null ? null : ShippingResponse.From(shipping),
            order.CreatedAt.UtcDateTime,
            order.UpdatedAt.UtcDateTime,
            [.. order.History.Select(h => new StatusChangeResponse(OrderStatusRules.Name(h.Status), h.At.UtcDateTime, h.Reason))],
            order.RejectionReason);
    }
}

public sealed record OrderLineResponse(string ProductId, string Title, string Platform, MoneyResponse UnitPrice, int Quantity, MoneyResponse LineTotal);

public sealed record StatusChangeResponse(string Status, DateTime At, string? Reason);

public sealed record ShippingResponse(string Name, string Phone, AddressResponse Address, string? Email)
{
    public static ShippingResponse From(ShippingDetails shipping)
    {
        ArgumentNullException.ThrowIfNull(shipping);
        var a = shipping.Address;
        return new ShippingResponse(shipping.Name, shipping.Phone, new AddressResponse(a.Line1, a.Line2, a.City, a.PostalCode, a.Country), shipping.Email);
    }

    public override string ToString() => "ShippingResponse { (personal data) }";
}

public sealed record AddressResponse(string Line1, string? Line2, string City, string PostalCode, string Country)
{
    public override string ToString() => "AddressResponse { (personal data) }";
}
