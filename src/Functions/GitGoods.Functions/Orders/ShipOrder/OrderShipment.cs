using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Identity;

namespace GitGoods.Orders.ShipOrder;

/// <summary>
/// Ships an order: capture the authorised payment first, then move the order CONFIRMED → SHIPPED. Capture comes first
/// so that a failed capture changes nothing (the order stays CONFIRMED and the seller can try again), and an order is never
/// SHIPPED without its money. A cancellation that slips in between the capture and the status change wins the order write;
/// its void then refunds the capture (the port's promise), so the shopper is not charged for an order that did not ship.
/// </summary>
public sealed class OrderShipment(IOrderStore orders, IPaymentGateway payments, TimeProvider time)
{
    public async Task<ShipmentResult> ShipAsync(Caller caller, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null || !OrderAccess.CanFulfil(caller, order))
        {
            return new ShipmentResult(ShipmentOutcome.NotFound);
        }

        if (!OrderStatusRules.CanMove(order.Status, OrderStatus.Shipped))
        {
            return WrongState(new OrderStateException(order.Id, order.Status, OrderStatus.Shipped));
        }

        PaymentCapture capture;
        try
        {
            capture = await payments.CaptureAsync(order.Id, cancellationToken);
        }
        catch (PaymentUnavailableException)
        {
            return new ShipmentResult(ShipmentOutcome.PaymentUnavailable, order,
                "The payment provider did not confirm the capture; the order was not shipped. Try again in a moment.");
        }

        if (capture.Outcome != PaymentCaptureOutcome.Captured)
        {
            return new ShipmentResult(ShipmentOutcome.CaptureRefused, order, RefusalDetail(order.Id, capture.RefusalCode));
        }

        try
        {
            var shipped = await OrderTransitions.ApplyAsync(orders, order.Id, o => o.MoveTo(OrderStatus.Shipped, time.GetUtcNow()), cancellationToken);
            return shipped is null ? new ShipmentResult(ShipmentOutcome.NotFound) : new ShipmentResult(ShipmentOutcome.Shipped, shipped);
        }
        catch (OrderStateException e)
        {
            // Cancelled between the capture and this write: the cancellation's void refunds the capture.
            return WrongState(e);
        }
    }

    private static ShipmentResult WrongState(OrderStateException e) => new(ShipmentOutcome.WrongState, null, e.Message);

    private static string RefusalDetail(string orderId, string? code) => code switch
    {
        PaymentCaptureRefusals.AuthorizationExpired =>
            $"Order {orderId} cannot be shipped: its payment authorisation expired before capture (card holds last about 7 days). "
            + "Nothing was charged; cancel the order and ask the shopper to order again.",
        PaymentCaptureRefusals.Voided =>
            $"Order {orderId} cannot be shipped: its payment authorisation was voided. Nothing was charged.",
        _ => $"Order {orderId} cannot be shipped: the payment provider holds no authorisation to capture ({code}). Nothing was charged.",
    };
}
