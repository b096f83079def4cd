using System.Globalization;
using System.Text;

namespace GitGoods.Benchmarks.ColdStart;

/// <summary>Median, nearest-rank p99 (the maximum when there are fewer than 100 runs), min and max, as markdown.</summary>
public static class Report
{
    public static string ToMarkdown(BenchmarkOptions options, IReadOnlyDictionary<string, List<ColdStartSample>> results)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{options.Runs} cold starts each (interleaved, after one discarded warm-up each); p99 is nearest-rank.");
        text.AppendLine();
        text.AppendLine("| executable | start → first response median (ms) | p99 | min | max | of which start → GET /next, median (ms) | peak RSS median (MB) | p99 | min | max |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (label, samples) in results)
        {
            var ms = samples.Select(s => s.Milliseconds).Order().ToList();
            var init = samples.Select(s => s.InitMilliseconds).Order().ToList();
            var mb = samples.Select(s => s.PeakRssKb / 1024.0).Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {Median(ms):F1} | {P99(ms):F1} | {ms[0]:F1} | {ms[^1]:F1} | {Median(init):F1} | {Median(mb):F1} | {P99(mb):F1} | {mb[0]:F1} | {mb[^1]:F1} |");
        }

        return text.ToString();
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static double P99(List<double> sorted) => sorted[(int)Math.Ceiling(0.99 * sorted.Count) - 1];
}
