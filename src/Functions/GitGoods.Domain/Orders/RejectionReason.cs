namespace GitGoods.Domain.Orders;

/// <summary>Why the workflow rejected an order; written as <c>OUT_OF_STOCK</c>, <c>PAYMENT_DECLINED</c>, <c>PAYMENT_ERROR</c>.</summary>
public static class RejectionReason
{
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string PaymentDeclined = "PAYMENT_DECLINED";
    public const string PaymentError = "PAYMENT_ERROR";

    public static IReadOnlyList<string> All { get; } = [OutOfStock, PaymentDeclined, PaymentError];

    public static bool IsKnown(string? reason) => All.Contains(reason, StringComparer.Ordinal);
}
