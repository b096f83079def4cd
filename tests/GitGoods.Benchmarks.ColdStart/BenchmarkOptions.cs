using System.Globalization;

namespace GitGoods.Benchmarks.ColdStart;

/// <summary>
/// What to measure: the executables (label → path), how many cold starts of each, and the function they run
/// (<c>Health</c>; <c>GetCart</c> called with a bearer token so the first call verifies it; <c>PlaceOrder</c>, whose composition
/// builds its DynamoDB, SQS and KMS clients at init and whose first call goes through the SDK to the fake table).
/// </summary>
public sealed record BenchmarkOptions(int Runs, IReadOnlyList<(string Label, string Path)> Executables, string Handler = "Health")
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
        var runs = 30;
        var bootstrap = Path.Combine(root, "artifacts", "bootstrap", "linux-x64", "bootstrap");
        var floor = Path.Combine(root, "artifacts", "floor-bootstrap", "linux-x64", "bootstrap");
        var handler = "Health";
        var also = new List<(string Label, string Path)>();
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
                case "--handler":
                    handler = args[i + 1] is "Health" or "GetCart" or "PlaceOrder" ? args[i + 1] : throw new ArgumentException("--handler is Health, GetCart or PlaceOrder.", nameof(args));
                    break;
                case "--also":
                    var (label, path) = args[i + 1].Split('=', 2) is [var l, var p] ? (l, p) : throw new ArgumentException("--also LABEL=PATH", nameof(args));
                    also.Add(($"{label} (_HANDLER={handler})", Path.GetFullPath(path)));
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.", nameof(args));
            }
        }

        return new BenchmarkOptions(runs, [($"GitGoods bootstrap (_HANDLER={handler})", bootstrap), .. also, ("floor (bare Runtime API loop)", floor)], handler);
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
