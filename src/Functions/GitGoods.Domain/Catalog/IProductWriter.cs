namespace GitGoods.Domain.Catalog;

/// <summary>The write side of the catalogue (seeding now; seller product management later).</summary>
public interface IProductWriter
{
    /// <summary>Stores a new product and counts it on its platform, atomically.</summary>
    /// <exception cref="InvalidOperationException">When a product with that id exists already.</exception>
    Task AddAsync(Product product, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces <paramref name="before"/> with <paramref name="after"/> only while the stored version is still
    /// <paramref name="before"/>'s, moving the platform counts in the same transaction. False when it was not.
    /// </summary>
    Task<bool> ReplaceAsync(Product before, Product after, CancellationToken cancellationToken);
}
