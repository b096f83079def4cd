namespace GitGoods.Domain.Catalog;

/// <summary>How many ACTIVE products a platform has.</summary>
public sealed record PlatformCount(string Platform, int Count);
