using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Domain.Catalog.Search;

namespace GitGoods.Domain.Tests.Catalog.Freshness;

/// <summary>
/// The contract's bounds (docs/api.md) are written out here, not taken from the code: if any layer's share grows
/// so that the worst case of all of them adds up past the contract, these fail.
/// </summary>
public sealed class CatalogFreshnessTests
{
    private static readonly TimeSpan ProductPageStockContract = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ListingsContract = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DescriptiveContract = TimeSpan.FromSeconds(60);

    [Fact]
    public void ProductPage_EveryLayerAddedUp_IsWithinFiveSeconds()
    {
        var b = CatalogFreshness.ProductPage;
        var sum = b.TableReplication + b.Dax + b.InProcess + (b.CloudFrontMaxTtl + b.StaleWhileRevalidate) + (b.MaxAge + b.StaleWhileRevalidate);

        b.WorstCase.Should().Be(sum);
        sum.Should().BeLessThanOrEqualTo(ProductPageStockContract);
        b.Bound.Should().Be(ProductPageStockContract);
    }

    [Fact]
    public void Listings_EveryLayerAddedUp_IsWithinThirtySeconds()
    {
        var b = CatalogFreshness.Listings;
        var sum = b.TableReplication + b.Dax + b.InProcess + (b.CloudFrontMaxTtl + b.StaleWhileRevalidate) + (b.MaxAge + b.StaleWhileRevalidate);

        b.WorstCase.Should().Be(sum);
        sum.Should().BeLessThanOrEqualTo(ListingsContract);
        b.Bound.Should().Be(ListingsContract);
    }

    [Fact]
    public void TitlesPricesAndDescriptions_AreWithinSixtySeconds_OnEveryRoute()
    {
        CatalogFreshness.DescriptiveBound.Should().Be(DescriptiveContract);
        CatalogFreshness.ProductPage.WorstCase.Should().BeLessThanOrEqualTo(DescriptiveContract);
        CatalogFreshness.Listings.WorstCase.Should().BeLessThanOrEqualTo(DescriptiveContract);
    }

    [Fact]
    public void EveryLayer_HasAShare_NoneNegative_AndTheTableIsGivenASecondToReplicate()
    {
        foreach (var b in new[] { CatalogFreshness.ProductPage, CatalogFreshness.Listings })
        {
            new[] { b.TableReplication, b.Dax, b.InProcess, b.CloudFrontMaxTtl, b.MaxAge, b.StaleWhileRevalidate }
                .Should().OnlyContain(share => share >= TimeSpan.Zero);
            b.TableReplication.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
            b.InProcess.Should().BeGreaterThan(TimeSpan.Zero, "the read path keeps its in-process cache");
        }
    }

    [Fact]
    public void TheInProcessCaches_TakeTheirLifetimesFromTheBudget()
    {
        CachedProductCatalog.DefaultProductLifetime.Should().Be(CatalogFreshness.ProductPage.InProcess);
        CachedProductCatalog.DefaultPlatformsLifetime.Should().Be(CatalogFreshness.Listings.InProcess);
        (ProductSearchCache.DefaultLifetime + ProductSearchCache.RebuildAllowance).Should().Be(CatalogFreshness.Listings.InProcess);
    }

    [Fact]
    public void CacheControl_IsTheBudgetsBrowserShare()
    {
        CatalogFreshness.ProductPage.CacheControl.Should().Be("public, max-age=1");
        CatalogFreshness.Listings.CacheControl.Should().Be("public, max-age=5, stale-while-revalidate=2");
    }
}
