using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog;

/// <summary>A game (or other product) for sale. Built only through <see cref="Create"/>, which validates.</summary>
public sealed record Product
{
    public const int MaxTitleLength = 200;
    public const int MaxPlatformLength = 40;
    public const long MaxPriceMinorUnits = 10_000_000;
    public const int MaxStock = 1_000_000;
    public const int MaxDescriptionLength = 4000;
    public const int MaxImages = 10;

    private Product(string id, string title, string platform, string description, Money price, int stock,
        IReadOnlyList<string> images, string sellerId, ProductStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt, long version)
    {
        Version = version;
        Id = id;
        Title = title;
        Platform = platform;
        Description = description;
        Price = price;
        Stock = stock;
        Images = images;
        SellerId = sellerId;
        Status = status;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public string Id { get; }
    public string Title { get; }
    public string Platform { get; }
    public string Description { get; }
    public Money Price { get; }
    /// <summary>Units available to buy now.</summary>
    public int Stock { get; }
    public IReadOnlyList<string> Images { get; }
    public string SellerId { get; }
    public ProductStatus Status { get; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; }

    /// <summary>Bumped by every write; the product's ETag, and the condition of the next write.</summary>
    public long Version { get; }

    public bool IsActive => Status == ProductStatus.Active;

    /// <exception cref="ArgumentException">When any field breaks the catalogue's rules.</exception>
    public static Product Create(string id, string title, string platform, string description, Money price, int stock,
        IReadOnlyList<string> images, string sellerId, ProductStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt, long version = 1)
    {
        Require(version >= 1, nameof(version), "must be at least 1");
        Require(!string.IsNullOrWhiteSpace(id), nameof(id), "must not be empty");
        Require(!string.IsNullOrWhiteSpace(title) && title.Length <= MaxTitleLength, nameof(title), $"must be 1–{MaxTitleLength} characters");
        Require(!string.IsNullOrWhiteSpace(platform) && platform.Length <= MaxPlatformLength, nameof(platform), $"must be 1–{MaxPlatformLength} characters");
        Require(price.Amount is >= 1 and <= MaxPriceMinorUnits, nameof(price), $"must be 1–{MaxPriceMinorUnits} minor units");
        Require(stock is >= 0 and <= MaxStock, nameof(stock), $"must be 0–{MaxStock}");
        Require(!string.IsNullOrWhiteSpace(sellerId), nameof(sellerId), "must not be empty");
        Require(updatedAt >= createdAt, nameof(updatedAt), "must not be before createdAt");
        return new Product(id, title.Trim(), platform.Trim(), description ?? "", price, stock, [.. images], sellerId, status,
            createdAt.ToUniversalTime(), updatedAt.ToUniversalTime(), version);
    }

    private static void Require(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"{field} {rule}.", field);
        }
    }
}
