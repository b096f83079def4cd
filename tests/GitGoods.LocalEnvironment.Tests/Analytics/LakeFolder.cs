using GitGoods.Adapters.Analytics;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>A fresh lake folder per test, deleted afterwards.</summary>
internal sealed class LakeFolder : IDisposable
{
    public LakeFolder() => Files = new FolderAnalyticsFiles(Path.Combine(Path.GetTempPath(), "gitgoods-lake-" + Guid.NewGuid().ToString("N")));

    public FolderAnalyticsFiles Files { get; }

    public string Root => Files.Root;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
