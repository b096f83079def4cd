namespace GitGoods.Domain.Catalog.Images;

/// <summary>
/// The image formats a seller may upload (JPEG, PNG, WebP, at most <see cref="MaxBytes"/>) and how each is recognised
/// by its first bytes, so a file named .png that is really something else is refused at attach.
/// </summary>
public static class ImageFormats
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    /// <summary>2 MB: 2,097,152 bytes.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs (the WebP header is the longest).</summary>
    public const int SignatureLength = 12;

    public static IReadOnlyList<string> Allowed { get; } = [Jpeg, Png, WebP];

    public static bool IsAllowed(string? contentType) =>
        contentType is not null && Allowed.Contains(contentType, StringComparer.Ordinal);

    /// <summary>The format these leading bytes announce (magic numbers), or null when none of the allowed ones.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        return head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }
}
