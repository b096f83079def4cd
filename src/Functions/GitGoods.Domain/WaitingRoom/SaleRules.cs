using System.Text.RegularExpressions;

namespace GitGoods.Domain.WaitingRoom;

/// <summary>The rules of a sale's definition; every broken rule at once, keyed by field name.</summary>
public static partial class SaleRules
{
    public const int MaxCapacity = 1000;
    public const int MaxRatePerMinute = 60_000;
    public const int MaxProducts = 500;

    public static bool IsSaleId(string? value) => value is not null && SaleId().IsMatch(value);

    public static IReadOnlyDictionary<string, string[]> Check(Sale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsSaleId(sale.Id))
        {
            errors["saleId"] = ["1–64 characters a-z, 0-9 or -."];
        }

        if (string.IsNullOrWhiteSpace(sale.Name) || sale.Name.Length > 100)
        {
            errors["name"] = ["Required, 1–100 characters."];
        }

        if (sale.EndsAt <= sale.StartsAt)
        {
            errors["endsAt"] = ["Must be after startsAt."];
        }

        if (sale.ProductIds is { } products && (products.Count is 0 or > MaxProducts
            || products.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > 100) || products.Distinct(StringComparer.Ordinal).Count() != products.Count))
        {
            errors["productIds"] = [$"null (the whole shop) or 1–{MaxProducts} distinct product ids."];
        }

        if (sale.Capacity is < 1 or > MaxCapacity)
        {
            errors["capacity"] = [$"Must be 1–{MaxCapacity}."];
        }

        if (sale.AdmissionRatePerMinute is < 1 or > MaxRatePerMinute)
        {
            errors["admissionRatePerMinute"] = [$"Must be 1–{MaxRatePerMinute}."];
        }

        if (sale.AdmissionTtlSeconds is < 30 or > 3600)
        {
            errors["admissionTtlSeconds"] = ["Must be 30–3600."];
        }

        if (sale.AbandonAfterSeconds is < 5 or > 3600)
        {
            errors["abandonAfterSeconds"] = ["Must be 5–3600."];
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SaleId();
}
