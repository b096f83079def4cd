using System.Globalization;

namespace GitGoods.Benchmarks.ColdStart;

/// <summary>What to measure: the executables (label → path) and how many cold starts of each.</summary>
public sealed record BenchmarkOptions(int Runs, IReadOnlyList<(string Label, string Path)> Executables)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
        var runs = 30;
        var bootstrap = Path.Combine(root, "artifacts", "bootstrap", "linux-x64", "bootstrap");
        var floor = Path.Combine(root, "artifacts", "floor-bootstrap", "linux-x64", "bootstrap");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--bootstrap":
                    bootstrap = Path.GetFullPath(args[i + 1]);
                    break;
                case "--floor":
                    floor = Path.GetFullPath(args[i + 1]);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.", nameof(args));
            }
        }

        return new BenchmarkOptions(runs, [("GitGoods bootstrap (_HANDLER=Health)", bootstrap), ("floor (bare Runtime API loop)", floor)]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GitGoods.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
