using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Metrics;

/// <summary>
/// Metrics as CloudWatch Embedded Metric Format lines on stdout: CloudWatch extracts them from the logs,
/// so recording a metric costs no API call and no latency. Collected during an invocation and flushed by
/// the runtime when it ends; every blob carries the <c>service</c> dimension, as Powertools does.
/// </summary>
public sealed class LambdaMetrics(ILineSink sink, TimeProvider time, string metricNamespace, string service)
{
    public const string DefaultNamespace = "GitGoods";

    /// <summary>The dimension every blob carries (Powertools' name); alarms on these metrics must name it too.</summary>
    public const string ServiceDimension = "service";

    private readonly List<RecordedMetric> _metrics = [];
    private readonly List<KeyValuePair<string, string>> _dimensions = [];
    private readonly Lock _gate = new();

    /// <summary>Metrics that go nowhere and are not even kept (the default of a bare <see cref="LambdaContext"/>).</summary>
    public static LambdaMetrics Null { get; } = new(NullLineSink.Instance, TimeProvider.System, DefaultNamespace, "");

    public string Namespace { get; } = metricNamespace;

    /// <summary>Namespace from <c>POWERTOOLS_METRICS_NAMESPACE</c> (default <see cref="DefaultNamespace"/>).</summary>
    public static LambdaMetrics FromEnvironment(ILineSink sink, TimeProvider time, IEnvironment environment, LambdaFunctionInfo function)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(function);
        var metricNamespace = environment.GetVariable("POWERTOOLS_METRICS_NAMESPACE");
        return new LambdaMetrics(sink, time, string.IsNullOrWhiteSpace(metricNamespace) ? DefaultNamespace : metricNamespace,
            function.ServiceName);
    }

    /// <summary>Records a value; a metric recorded twice before a flush carries both values.</summary>
    public void AddMetric(string name, double value, MetricUnit unit = MetricUnit.Count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (ReferenceEquals(sink, NullLineSink.Instance))
        {
            return;
        }

        lock (_gate)
        {
            var metric = _metrics.Find(m => string.Equals(m.Name, name, StringComparison.Ordinal));
            if (metric is null)
            {
                _metrics.Add(new RecordedMetric(name, unit, [value]));
            }
            else
            {
                metric.Values.Add(value);
            }
        }
    }

    /// <summary>Adds a dimension, next to <c>service</c>, to every metric of this flush.</summary>
    public void AddDimension(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            _dimensions.RemoveAll(d => string.Equals(d.Key, name, StringComparison.Ordinal));
            _dimensions.Add(new(name, value));
        }
    }

    /// <summary>Writes the recorded metrics, at most 100 per blob, then forgets them and the added dimensions.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            List<KeyValuePair<string, string>> dimensions = [new(ServiceDimension, service), .. _dimensions];
            for (var start = 0; start < _metrics.Count; start += EmfWriter.MaxMetricsPerBlob)
            {
                var chunk = _metrics.GetRange(start, Math.Min(EmfWriter.MaxMetricsPerBlob, _metrics.Count - start));
                sink.WriteLine(EmfWriter.Write(Namespace, time.GetUtcNow(), dimensions, chunk));
            }

            _metrics.Clear();
            _dimensions.Clear();
        }
    }

    /// <summary>
    /// Writes the <c>ColdStart</c> metric (value 1) at once, in its own blob with the dimensions
    /// <c>function_name</c> and <c>service</c>, so it never takes the handler's custom dimensions.
    /// </summary>
    public void WriteColdStart(string functionName)
    {
        List<KeyValuePair<string, string>> dimensions = [new("function_name", functionName), new(ServiceDimension, service)];
        sink.WriteLine(EmfWriter.Write(Namespace, time.GetUtcNow(), dimensions, [new RecordedMetric("ColdStart", MetricUnit.Count, [1])]));
    }
}
