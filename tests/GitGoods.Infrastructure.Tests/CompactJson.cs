using System.Text.Json;

namespace GitGoods.Infrastructure.Tests;

internal static class CompactJson
{
    /// <summary>The element without the template file's indentation, for comparing intrinsic functions as text.</summary>
    public static string Compact(this JsonElement element) => JsonSerializer.Serialize(element);
}
