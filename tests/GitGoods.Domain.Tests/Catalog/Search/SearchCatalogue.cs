using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog.Search;

/// <summary>A deterministic random catalogue for search tests, and the slow, obvious answer to compare with.</summary>
internal static class SearchCatalogue
{
    public static readonly string[] Platforms = ["PC", "Switch", "PS5", "Xbox"];
    private static readonly string[] Words = ["dragon", "quest", "space", "racer", "puzzle", "farm", "night", "legend", "star", "tactics"];
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<Product> Random(int count, int seed, string prefix = "p")
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Product.Create(
            $"{prefix}{i:D5}",
            $"{Pick(random)} {Pick(random)}",
            Platforms[random.Next(Platforms.Length)],
            $"A {Pick(random)} game about {Pick(random)}.",
            new Money(random.Next(1, 40) * 500, "SGD"),
            random.Next(0, 4),
            [],
            "seller-1",
            random.Next(10) == 0 ? ProductStatus.Unlisted : ProductStatus.Active,
            // Several products share a creation minute, so ties must be broken by id.
            Launch.AddMinutes(random.Next(count / 3 + 1)),
            Launch.AddMinutes(count)))];
    }

    public static Product With(Product p, long? price = null, ProductStatus? status = null, string? title = null) =>
        Product.Create(p.Id, title ?? p.Title, p.Platform, p.Description, new Money(price ?? p.Price.Amount, "SGD"), p.Stock, p.Images,
            p.SellerId, status ?? p.Status, p.CreatedAt, p.UpdatedAt);

    private static string Pick(Random random) => Words[random.Next(Words.Length)];
}
