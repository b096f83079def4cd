namespace GitGoods.Benchmarks.Web;

/// <summary>
/// A temporary copy of the built SPA with one extra file, <c>floor.html</c>: the smallest page the same stack serves
/// with the same headers, the floor every home-page load is compared with.
/// </summary>
public sealed class BenchWebRoot : IDisposable
{
    public const string FloorPath = "/floor.html";

    private const string FloorHtml = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>floor</title><p>floor</p></html>\n";

    private BenchWebRoot(string path) => Path = path;

    public string Path { get; }

    /// <param name="withoutListingPreload">Drop index.html's <c>&lt;link rel="preload" href="/api/…"&gt;</c>: the page as it was before decision 0037.</param>
    public static BenchWebRoot CopyOf(string dist, bool withoutListingPreload = false)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gitgoods-webbench-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(dist, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(root, System.IO.Path.GetRelativePath(dist, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(System.IO.Path.Combine(root, FloorPath.TrimStart('/')), FloorHtml);
        if (withoutListingPreload)
        {
            var index = System.IO.Path.Combine(root, "index.html");
            var html = File.ReadAllText(index);
            var start = html.IndexOf("<link rel=\"preload\" href=\"/api/", StringComparison.Ordinal);
            var end = start < 0 ? -1 : html.IndexOf('>', start);
            File.WriteAllText(index, end > start ? html.Remove(start, end - start + 1) : throw new InvalidOperationException("index.html has no listing preload to drop."));
        }

        return new BenchWebRoot(root);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
