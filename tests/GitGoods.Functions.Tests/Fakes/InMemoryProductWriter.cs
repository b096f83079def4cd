using GitGoods.Domain.Catalog;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Stores products in memory with the adapter's version rule: a replace wins only on the version it read.</summary>
internal sealed class InMemoryProductWriter(InMemoryProductCatalog catalog) : IProductWriter
{
    public Task AddAsync(Product product, CancellationToken cancellationToken)
    {
        catalog.Put(product);
        return Task.CompletedTask;
    }

    public async Task<bool> ReplaceAsync(Product before, Product after, CancellationToken cancellationToken)
    {
        var stored = await catalog.FindAsync(before.Id, cancellationToken);
        if (stored is null || stored.Version != before.Version)
        {
            return false;
        }

        catalog.Put(after);
        return true;
    }
}
