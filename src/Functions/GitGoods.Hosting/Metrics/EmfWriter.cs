using System.Buffers;
using System.Text.Json;
using GitGoods.Hosting.Logging;

namespace GitGoods.Hosting.Metrics;

/// <summary>
/// Writes one CloudWatch Embedded Metric Format blob: dimension and metric values at the top level, and the
/// <c>_aws</c> metadata that tells CloudWatch which top-level keys are metrics and which are dimensions.
/// </summary>
internal static class EmfWriter
{
    /// <summary>CloudWatch rejects a blob that declares more than 100 metrics.</summary>
    public const int MaxMetricsPerBlob = 100;

    public static byte[] Write(
        string metricNamespace,
        DateTimeOffset timestamp,
        IReadOnlyList<KeyValuePair<string, string>> dimensions,
        IReadOnlyList<RecordedMetric> metrics)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, LogJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("_aws");
            writer.WriteNumber("Timestamp", timestamp.ToUnixTimeMilliseconds());
            writer.WriteStartArray("CloudWatchMetrics");
            writer.WriteStartObject();
            writer.WriteString("Namespace", metricNamespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            foreach (var (name, _) in dimensions)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            foreach (var metric in metrics)
            {
                writer.WriteStartObject();
                writer.WriteString("Name", metric.Name);
                writer.WriteString("Unit", metric.Unit.ToCloudWatch());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            foreach (var (name, value) in dimensions)
            {
                writer.WriteString(name, value);
            }

            foreach (var metric in metrics)
            {
                WriteValues(writer, metric);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One value is written as a number; a metric recorded several times as an array, as EMF allows.</summary>
    private static void WriteValues(Utf8JsonWriter writer, RecordedMetric metric)
    {
        if (metric.Values.Count == 1)
        {
            writer.WriteNumber(metric.Name, metric.Values[0]);
            return;
        }

        writer.WriteStartArray(metric.Name);
        foreach (var value in metric.Values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}

/// <summary>A metric and every value it received since the last flush.</summary>
internal sealed record RecordedMetric(string Name, MetricUnit Unit, List<double> Values);
