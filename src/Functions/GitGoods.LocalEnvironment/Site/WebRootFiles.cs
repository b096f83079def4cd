using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>
/// The built SPA's files. A <see cref="PhysicalFileProvider"/> needs its folder to exist, but the SPA may be built
/// after the stack started (<c>npm --prefix src/Web run build</c> in another terminal): the provider is made on the
/// first request that finds the folder, and until then nothing exists.
/// </summary>
public sealed class WebRootFiles(string root) : IFileProvider, IDisposable
{
    public const string IndexFile = "index.html";

    private PhysicalFileProvider? _files;

    /// <summary>The folder the SPA is built into.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Whether the SPA is built: its index.html exists now.</summary>
    public bool HasIndex => File.Exists(Path.Combine(Root, IndexFile));

    public IFileInfo GetFileInfo(string subpath) => Files()?.GetFileInfo(subpath) ?? new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => Files()?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    // Nothing watches the SPA's files: each request looks at the disk.
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files?.Dispose();

    private PhysicalFileProvider? Files()
    {
        if (_files is not null)
        {
            return _files;
        }

        if (!Directory.Exists(Root))
        {
            return null;
        }

        // Dot files and hidden/system files are never served (PhysicalFileProvider's default filter).
        var files = new PhysicalFileProvider(Root, ExclusionFilters.Sensitive);
        if (Interlocked.CompareExchange(ref _files, files, null) is not null)
        {
            files.Dispose();
        }

        return _files;
    }
}
