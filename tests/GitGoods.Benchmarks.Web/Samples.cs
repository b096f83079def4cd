using System.Globalization;

namespace GitGoods.Benchmarks.Web;

/// <summary>Named series of one target, in the order first measured; printed as a Markdown table (nearest-rank percentiles).</summary>
public sealed class Samples
{
    private readonly List<(string Name, List<double> Values)> _series = [];

    public void Add(string name, double value)
    {
        var series = _series.Find(s => string.Equals(s.Name, name, StringComparison.Ordinal)).Values;
        if (series is null)
        {
            series = [];
            _series.Add((name, series));
        }

        series.Add(value);
    }

    public double Median(string name) => Percentile(_series.Find(s => string.Equals(s.Name, name, StringComparison.Ordinal)).Values, 50);

    /// <summary>Rows whose name starts with "bytes" are left out: <see cref="Median"/> reads them.</summary>
    public void PrintTable(TextWriter output)
    {
        output.WriteLine("| measure | median | p95 | max | n |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (name, values) in _series.Where(s => !s.Name.StartsWith("bytes", StringComparison.Ordinal)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Percentile(values, 50):N0} ms | {Percentile(values, 95):N0} ms | {values.Max():N0} ms | {values.Count} |"));
        }
    }

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
