using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;

namespace GitGoods.Functions.Tests.Fakes;

internal sealed class InMemoryCartProducts(params Product[] products) : ICartProducts
{
    public Dictionary<string, Product> Products { get; } = products.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, Product>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, Product>>(
            productIds.Where(Products.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Products[id], StringComparer.Ordinal));
}
