using GitGoods.Domain.Common;

namespace GitGoods.Http;

/// <summary>Money on the wire: integer minor units and an ISO 4217 code.</summary>
public sealed record MoneyResponse(long Amount, string Currency)
{
    public static MoneyResponse From(Money money) => new(money.Amount, money.Currency);
}
