using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog;

/// <summary>A valid product by default; each test changes only what it is about.</summary>
public sealed record ProductBuilder
{
    private static readonly DateTimeOffset Created = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public string Id { get; init; } = "p-1";
    public string Title { get; init; } = "Starfall Tactics";
    public string Platform { get; init; } = "PC";
    public string Description { get; init; } = "A game.";
    public long Price { get; init; } = 5999;
    public int Stock { get; init; } = 10;
    public IReadOnlyList<string> Images { get; init; } = ["/images/covers/p-1.svg"];
    public string SellerId { get; init; } = "seller-1";
    public ProductStatus Status { get; init; } = ProductStatus.Active;
    public DateTimeOffset CreatedAt { get; init; } = Created;
    public DateTimeOffset UpdatedAt { get; init; } = Created;
    public long Version { get; init; } = 1;

    public Product Build() => Product.Create(Id, Title, Platform, Description, new Money(Price, "SGD"), Stock,
        Images, SellerId, Status, CreatedAt, UpdatedAt, Version);
}
