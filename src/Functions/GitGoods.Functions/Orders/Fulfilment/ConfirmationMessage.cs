using System.Globalization;
using System.Text;
using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>The texts the shopper gets on confirmation (the SMS text is the contract's, word for word).</summary>
public static class ConfirmationMessage
{
    public static string Sms(string name, string shortId) => $"Hi {name}, your order {shortId} was successfully placed!";

    public static Notification For(Order order, ShippingDetails shipping)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipping);
        var sms = Sms(shipping.Name, order.ShortId);
        if (shipping.Email is null)
        {
            return new Notification(shipping.Phone, sms, null, null, null);
        }

        var body = new StringBuilder(sms).AppendLine().AppendLine();
        foreach (var line in order.Lines)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"{line.Quantity} × {line.Title} ({line.Platform})");
        }

        body.AppendLine(CultureInfo.InvariantCulture, $"Total: {Format(order.Total.Amount)} {order.Total.Currency}");
        return new Notification(shipping.Phone, sms, [shipping.Email], $"Your Git Goods order {order.ShortId}", body.ToString());
    }

    private static string Format(long minorUnits) =>
        (minorUnits / 100).ToString(CultureInfo.InvariantCulture) + "." + (minorUnits % 100).ToString("00", CultureInfo.InvariantCulture);
}
