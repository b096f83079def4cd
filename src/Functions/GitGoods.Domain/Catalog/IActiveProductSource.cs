namespace GitGoods.Domain.Catalog;

/// <summary>Every ACTIVE product in one go: what the in-memory search index is built from.</summary>
public interface IActiveProductSource
{
    Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken);
}
