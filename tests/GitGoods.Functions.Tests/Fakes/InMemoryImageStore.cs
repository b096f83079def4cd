using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>The image bucket in memory: objects by key with their content type; pre-signing records what it signed.</summary>
internal sealed class InMemoryImageStore : IImageStore
{
    public Dictionary<string, (byte[] Body, string ContentType)> Objects { get; } = new(StringComparer.Ordinal);

    public List<(string Key, string ContentType, long Length, DateTimeOffset Expires)> Signed { get; } = [];

    public Uri PresignPut(string key, string contentType, long contentLength, DateTimeOffset expires)
    {
        Signed.Add((key, contentType, contentLength, expires));
        return new Uri("https://images.example/" + key + "?X-Amz-Signature=fake");
    }

    public Task<StoredImage?> ReadHeadAsync(string key, int headBytes, CancellationToken cancellationToken) =>
        Task.FromResult(Objects.TryGetValue(key, out var found)
            ? new StoredImage(found.Body.Length, found.ContentType, found.Body.AsMemory(0, Math.Min(headBytes, found.Body.Length)))
            : null);

    public Task CopyAsync(string fromKey, string toKey, string contentType, CancellationToken cancellationToken)
    {
        Objects[toKey] = (Objects[fromKey].Body, contentType);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        Objects.Remove(key);
        return Task.CompletedTask;
    }

    public static byte[] Png(int length = 100) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[Math.Max(0, length - 8)]];

    public static byte[] Jpeg(int length = 100) => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[Math.Max(0, length - 4)]];
}
