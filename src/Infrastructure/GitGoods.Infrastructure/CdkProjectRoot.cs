namespace GitGoods.Infrastructure;

/// <summary>Where relative asset paths in the CDK context start: the directory holding cdk.json (the repository root).</summary>
internal static class CdkProjectRoot
{
    /// <summary>The nearest directory, from the working directory up, that holds cdk.json; else the working directory.</summary>
    public static string Find()
    {
        var start = Directory.GetCurrentDirectory();
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "cdk.json")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
