using System.Globalization;

namespace GitGoods.Benchmarks.Checkout;

/// <summary>Medians and p99 of measured times, printed as rows for docs/benchmarks.md.</summary>
internal static class Percentiles
{
    public static double At(IReadOnlyList<TimeSpan> times, double quantile)
    {
        var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    /// <summary>One table row: name, p50, p99, and (when a floor is given) the ratio of each to the floor's.</summary>
    public static string Row(string name, IReadOnlyList<TimeSpan> times, IReadOnlyList<TimeSpan>? floor = null)
    {
        var (p50, p99) = (At(times, 0.50), At(times, 0.99));
        var ratio = floor is null ? "—" : (p50 / At(floor, 0.50)).ToString("F2", CultureInfo.InvariantCulture) + "× / "
            + (p99 / At(floor, 0.99)).ToString("F2", CultureInfo.InvariantCulture) + "×";
        return $"| {name} | {times.Count} | {Ms(p50)} | {Ms(p99)} | {ratio} |";
    }

    public const string Header = "| measure | n | p50 | p99 | p50 / p99 vs floor |\n|---|---|---|---|---|";

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
