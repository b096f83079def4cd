namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// 422 body of the seller's product writes: problem details with <c>errors</c> by field and, when the platform is
/// refused, <c>allowedPlatforms</c> (the managed list, in the form's order) as an extension member.
/// </summary>
public sealed record ProductProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    string TraceId,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<string>? AllowedPlatforms = null);
