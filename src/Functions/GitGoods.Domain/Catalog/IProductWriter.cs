namespace GitGoods.Domain.Catalog;

/// <summary>The write side of the catalogue (seeding now; seller product management later).</summary>
public interface IProductWriter
{
    /// <summary>Stores a new product and counts it on its platform, atomically.</summary>
    /// <exception cref="InvalidOperationException">When a product with that id exists already.</exception>
    Task AddAsync(Product product, CancellationToken cancellationToken);
}
