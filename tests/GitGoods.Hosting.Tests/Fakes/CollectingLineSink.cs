using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Logging;

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>Keeps every line the logger and metrics write, in order.</summary>
public sealed class CollectingLineSink : ILineSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Every line parsed as JSON: fails the test if one is not valid JSON.</summary>
    public IReadOnlyList<JsonElement> JsonLines => [.. _lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>The EMF blobs (lines with an <c>_aws</c> key).</summary>
    public IReadOnlyList<JsonElement> MetricBlobs => [.. JsonLines.Where(line => line.TryGetProperty("_aws", out _))];

    /// <summary>The log lines (lines with a <c>level</c> key).</summary>
    public IReadOnlyList<JsonElement> LogLines => [.. JsonLines.Where(line => line.TryGetProperty("level", out _))];

    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        var line = Encoding.UTF8.GetString(utf8Line);
        line.Should().NotContain("\n", "each JSON object must be one line");
        _lines.Enqueue(line);
    }
}
