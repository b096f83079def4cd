using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog;

/// <summary>A valid product by default; each test changes only what it is about.</summary>
internal sealed record ProductBuilder
{
    private static readonly DateTimeOffset Created = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public string Id { get; init; } = "p-1";
    public string Title { get; init; } = "Starfall Tactics";
    public string Platform { get; init; } = "PC";
    public long Price { get; init; } = 5999;
    public int Stock { get; init; } = 10;
    public DateTimeOffset CreatedAt { get; init; } = Created;
    public DateTimeOffset UpdatedAt { get; init; } = Created;

    public Product Build() => Product.Create(Id, Title, Platform, "A game.", new Money(Price, "SGD"), Stock,
        ["/images/covers/p-1.svg"], "seller-1", ProductStatus.Active, CreatedAt, UpdatedAt);
}
