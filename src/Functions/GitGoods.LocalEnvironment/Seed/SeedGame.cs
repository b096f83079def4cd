using System.Text.Json;
using System.Text.Json.Serialization;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Seed;

/// <summary>One game of the demo catalogue, as written in games.json.</summary>
public sealed record SeedGame(string Id, string Title, string Platform, string Description, long Price, int Stock, int DaysAgo, string Status)
{
    /// <summary>Every demo product belongs to the demo seller (seller@gitgoods.local).</summary>
    public const string SellerId = DemoUsers.SellerSub;

    /// <summary>The owner the demo products had before identity existed (catalog seed v1); migrated on start.</summary>
    public const string LegacySellerId = "seller-demo";
    public const string Currency = "SGD";

    /// <summary>The product, listed <see cref="DaysAgo"/> days before <paramref name="now"/>.</summary>
    public Product ToProduct(DateTimeOffset now)
    {
        var createdAt = now.AddDays(-DaysAgo);
        return Product.Create(Id, Title, Platform, Description, new Money(Price, Currency), Stock, [CoverUrl(Id)], SellerId,
            Enum.Parse<ProductStatus>(Status, ignoreCase: true), createdAt, createdAt);
    }

    public static string CoverUrl(string productId) => $"/images/covers/{Uri.EscapeDataString(productId)}.svg";

    /// <summary>The demo catalogue shipped with the local environment (Seed/games.json, embedded).</summary>
    public static IReadOnlyList<SeedGame> LoadAll()
    {
        using var stream = typeof(SeedGame).Assembly.GetManifestResourceStream("GitGoods.LocalEnvironment.Seed.games.json")
            ?? throw new InvalidOperationException("The embedded seed catalogue games.json is missing.");
        return JsonSerializer.Deserialize(stream, SeedJsonContext.Default.SeedGameArray) ?? [];
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SeedGame[]))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
