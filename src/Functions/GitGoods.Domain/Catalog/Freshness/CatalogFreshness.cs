namespace GitGoods.Domain.Catalog.Freshness;

/// <summary>
/// The one place the catalogue's freshness bounds (docs/api.md) are split between the layers that cache reads
/// (docs/decisions/0032-stock-freshness-budget.md). The in-process caches, the responses' <c>Cache-Control</c>, the DAX
/// parameter group and the CloudFront cache policies all take their figures from here.
/// </summary>
public static class CatalogFreshness
{
    /// <summary>
    /// <c>GET /api/products/{id}</c>: its stock at most 5 s old after a reservation, cancellation or seller edit.
    /// The in-process copy of a product is re-read at most once a second (one <c>GetItem</c> per product per second per
    /// execution environment, whatever the request rate), and repeats are absorbed by CloudFront and <c>ETag</c>/304.
    /// </summary>
    public static readonly FreshnessBudget ProductPage = new(
        Bound: TimeSpan.FromSeconds(5),
        TableReplication: TimeSpan.FromSeconds(1),
        Dax: TimeSpan.FromSeconds(1),
        InProcess: TimeSpan.FromSeconds(1),
        CloudFrontMaxTtl: TimeSpan.FromSeconds(1),
        MaxAge: TimeSpan.FromSeconds(1),
        StaleWhileRevalidate: TimeSpan.Zero);

    /// <summary>
    /// <c>GET /api/products</c> (listings and search, served by the in-memory index) and <c>GET /api/platforms</c>
    /// (the platform counts): at most 30 s old.
    /// </summary>
    public static readonly FreshnessBudget Listings = new(
        Bound: TimeSpan.FromSeconds(30),
        TableReplication: TimeSpan.FromSeconds(1),
        Dax: TimeSpan.FromSeconds(5),
        InProcess: TimeSpan.FromSeconds(10),
        CloudFrontMaxTtl: TimeSpan.FromSeconds(5),
        MaxAge: TimeSpan.FromSeconds(5),
        StaleWhileRevalidate: TimeSpan.FromSeconds(2));

    /// <summary>Titles, prices and descriptions: at most 60 s old (docs/api.md). Both budgets above are within it.</summary>
    public static readonly TimeSpan DescriptiveBound = TimeSpan.FromSeconds(60);
}
