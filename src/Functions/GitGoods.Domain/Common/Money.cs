namespace GitGoods.Domain.Common;

/// <summary>An amount in integer minor units of an ISO 4217 currency. Never a float.</summary>
public readonly record struct Money
{
    public Money(long amount, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be a three-letter upper-case ISO 4217 code.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    public long Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0, currency);

    public Money Add(Money other)
    {
        RequireSameCurrency(other);
        return new Money(checked(Amount + other.Amount), Currency);
    }

    public Money Multiply(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        return new Money(checked(Amount * quantity), Currency);
    }

    public override string ToString() => $"{Amount} {Currency}";

    private void RequireSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }
}
