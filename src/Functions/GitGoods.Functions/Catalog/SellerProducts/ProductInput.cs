namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// The body of POST and PATCH /api/seller/products: every field optional on the wire, so a PATCH names only
/// what changes. Unknown fields (including <c>id</c>, <c>sellerId</c>, <c>createdAt</c>) are ignored: the server
/// owns them. A field of the wrong JSON type is a 400; a well-typed but invalid value is a 422.
/// </summary>
public sealed record ProductInput(
    string? Title,
    string? Platform,
    string? Description,
    MoneyInput? Price,
    int? Stock,
    IReadOnlyList<string>? Images,
    string? Status);

public sealed record MoneyInput(long? Amount, string? Currency);
