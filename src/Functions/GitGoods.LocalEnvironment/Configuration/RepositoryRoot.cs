namespace GitGoods.LocalEnvironment.Configuration;

/// <summary>Finds the repository root: the nearest folder, walking up, that holds GitGoods.sln.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "GitGoods.sln";

    /// <summary>The repository root above <paramref name="start"/>, or <paramref name="start"/> itself when there is none.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
