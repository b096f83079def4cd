using GitGoods.Domain.Analytics;

namespace GitGoods.Adapters.Analytics;

/// <summary>
/// The analytics lake in a local folder (the local environment's <c>.local/analytics</c>): each key is a file path
/// under it, written to a temporary file first and moved into place, so a reader never sees half an object.
/// </summary>
public sealed class FolderAnalyticsFiles(string root) : IAnalyticsFiles
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        _ = Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>The file that holds <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">When the key is not a plain relative key inside the folder.</exception>
    public string PathOf(string key)
    {
        AnalyticsKeys.Validate(key);
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"The key '{key}' leaves the analytics folder.", nameof(key));
    }
}
