namespace GitGoods.Catalog;

/// <summary>
/// How long browsers and CloudFront may reuse catalogue reads. Short, so a seller's change shows within a minute.
/// </summary>
internal static class CatalogCaching
{
    public static Dictionary<string, string> Headers() =>
        new(StringComparer.Ordinal) { ["cache-control"] = "public, max-age=30, stale-while-revalidate=30" };
}
