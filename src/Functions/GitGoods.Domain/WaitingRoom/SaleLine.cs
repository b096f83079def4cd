namespace GitGoods.Domain.WaitingRoom;

/// <summary>
/// A sale's line: the arrival counter (<see cref="Issued"/>), the served pointer (<see cref="Served"/>: every place up to it
/// was admitted or skipped), the admission allowance the rate has earned, the admissions holding checkout capacity
/// (position → expiry) and the counters. <see cref="Version"/> makes every advance a conditional write.
/// </summary>
public sealed record SaleLine(long Issued, long Served, double Allowance, DateTimeOffset AllowanceAt, IReadOnlyDictionary<long, DateTimeOffset> Checkout)
{
    public long Admitted { get; init; }

    public long Abandoned { get; init; }

    public long Completed { get; init; }

    public long Expired { get; init; }

    public long Version { get; init; }

    /// <summary>A new sale's line: nobody in it; the allowance starts full (one burst), so the first shopper walks in.</summary>
    public static SaleLine Empty(Sale sale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return new SaleLine(0, 0, AdmissionRules.Burst(sale), now, new Dictionary<long, DateTimeOffset>());
    }

    /// <summary>Admitted shoppers still holding capacity at <paramref name="now"/>.</summary>
    public int InCheckout(DateTimeOffset now) => Checkout.Values.Count(expiry => expiry > now);

    /// <summary>Places issued and not yet reached by the pointer (some may be abandoned; the pointer skips those).</summary>
    public long Waiting => Issued - Served;
}
