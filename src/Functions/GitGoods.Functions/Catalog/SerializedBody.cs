using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GitGoods.Catalog;

/// <summary>
/// A catalogue answer serialized once: its JSON as UTF-8 bytes (what the local gateway writes), as text (the
/// <c>body</c> string API Gateway requires of a Lambda's output) and its strong <c>ETag</c>.
/// </summary>
public sealed class SerializedBody
{
    private SerializedBody(byte[] utf8, string etag)
    {
        Utf8 = utf8;
        Text = Encoding.UTF8.GetString(utf8);
        ETag = etag;
    }

    public byte[] Utf8 { get; }

    public string Text { get; }

    public string ETag { get; }

    /// <param name="etag">The body's own tag (a product's version); by default a hash of the bytes.</param>
    public static SerializedBody Of<T>(T body, JsonTypeInfo<T> typeInfo, string? etag = null)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return new SerializedBody(utf8, etag ?? "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8).AsSpan(0, 16)) + "\"");
    }
}
