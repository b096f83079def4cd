namespace GitGoods.Domain.Catalog;

/// <summary>Only ACTIVE products are shown to shoppers; UNLISTED ones keep their order history.</summary>
public enum ProductStatus
{
    Active,
    Unlisted,
}
