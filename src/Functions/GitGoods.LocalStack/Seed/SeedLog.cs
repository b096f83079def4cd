using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.Seed;

internal static partial class SeedLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created table {Table}")]
    public static partial void TableCreated(this ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalogue already seeded in {Table}")]
    public static partial void SeedSkipped(this ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo products into {Table}")]
    public static partial void Seeded(this ILogger logger, int count, string table);
}
