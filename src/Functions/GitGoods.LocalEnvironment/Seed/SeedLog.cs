using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Seed;

internal static partial class SeedLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created table {Table}")]
    public static partial void TableCreated(this ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added index {Index} to table {Table}")]
    public static partial void IndexAdded(this ILogger logger, string index, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turned on the stream (new and old images) of table {Table}")]
    public static partial void StreamEnabled(this ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} demo products from the legacy seller to the demo seller")]
    public static partial void SellerMigrated(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalogue already seeded in {Table}")]
    public static partial void SeedSkipped(this ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo products into {Table}")]
    public static partial void Seeded(this ILogger logger, int count, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} products the managed name of their platform")]
    public static partial void PlatformsRewritten(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Product {ProductId} has the platform '{Platform}', which is not managed and maps to none: left as it is")]
    public static partial void PlatformUnmapped(this ILogger logger, string productId, string platform);
}
