namespace GitGoods.Infrastructure.Tests;

/// <summary>A temporary directory standing in for the built SPA (src/Web/dist): index.html and one hashed asset.</summary>
internal sealed class TempWebAssets : IDisposable
{
    private static readonly Lazy<TempWebAssets> SharedBuild = new(() =>
    {
        var shared = new TempWebAssets();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => shared.Dispose();
        return shared;
    });

    public TempWebAssets(bool withIndex = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("gitgoods-web-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "assets"));
        File.WriteAllText(Path.Combine(Directory, "assets", "index-3f9a1c2b.js"), "console.log('dummy SPA for CDK tests');\n");
        if (withIndex)
        {
            File.WriteAllText(Path.Combine(Directory, "index.html"), "<!doctype html><script type=\"module\" src=\"/assets/index-3f9a1c2b.js\"></script>\n");
        }
    }

    /// <summary>One build for every app a test makes without naming its own (removed when the test process ends).</summary>
    public static TempWebAssets Shared => SharedBuild.Value;

    public string Directory { get; }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
