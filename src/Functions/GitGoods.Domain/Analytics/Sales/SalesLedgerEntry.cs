namespace GitGoods.Domain.Analytics.Sales;

/// <summary>
/// What the rollups hold of one seller's part of one order: the order version last applied, and whether that version
/// counted as a sale. The rollup store keeps one per order and seller, and moves it forward only.
/// </summary>
public sealed record SalesLedgerEntry(long Version, bool Counted)
{
    /// <summary>
    /// What applying the order image of <paramref name="version"/> does to the rollups: null when the ledger already
    /// holds that version or a later one (a duplicate or a stale delivery: nothing changes); else +1 to add the
    /// contribution, −1 to take it back out, 0 to only record the version.
    /// </summary>
    public static int? Delta(SalesLedgerEntry? current, long version, bool counted)
    {
        if (current is not null && current.Version >= version)
        {
            return null;
        }

        var was = current?.Counted ?? false;
        return was == counted ? 0 : counted ? 1 : -1;
    }
}
