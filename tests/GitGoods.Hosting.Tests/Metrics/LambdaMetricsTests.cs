using GitGoods.Hosting.Metrics;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Hosting.Tests.Metrics;

public sealed class LambdaMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly CollectingLineSink _output = new();
    private readonly LambdaMetrics _metrics;

    public LambdaMetricsTests() => _metrics = new LambdaMetrics(_output, new FakeTimeProvider(Now), "GitGoods", "orders");

    [Fact]
    public void Flush_WritesTheExactEmbeddedMetricFormat()
    {
        _metrics.AddDimension("platform", "steam");
        _metrics.AddMetric("OrderPlaced", 1);
        _metrics.AddMetric("OrderLatency", 12.5, MetricUnit.Milliseconds);
        _metrics.AddMetric("OrderLatency", 20, MetricUnit.Milliseconds);

        _metrics.Flush();

        var ms = Now.ToUnixTimeMilliseconds();
        _output.Lines.Should().Equal(
            "{\"_aws\":{\"Timestamp\":" + ms + ",\"CloudWatchMetrics\":[{\"Namespace\":\"GitGoods\"," +
            "\"Dimensions\":[[\"service\",\"platform\"]],\"Metrics\":[{\"Name\":\"OrderPlaced\",\"Unit\":\"Count\"}," +
            "{\"Name\":\"OrderLatency\",\"Unit\":\"Milliseconds\"}]}]},\"service\":\"orders\",\"platform\":\"steam\"," +
            "\"OrderPlaced\":1,\"OrderLatency\":[12.5,20]}");
    }

    [Fact]
    public void Flush_SplitsBlobsAtOneHundredMetrics()
    {
        for (var i = 0; i < 150; i++)
        {
            _metrics.AddMetric($"M{i}", i);
        }

        _metrics.Flush();

        var blobs = _output.MetricBlobs;
        blobs.Select(b => b.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength())
            .Should().Equal(100, 50);
        blobs[1].GetProperty("M149").GetDouble().Should().Be(149);
    }

    [Fact]
    public void Flush_WithNothingRecorded_WritesNothing()
    {
        _metrics.Flush();

        _output.Lines.Should().BeEmpty();
    }

    [Fact]
    public void Flush_ForgetsMetricsAndDimensionsOfThePreviousInvocation()
    {
        _metrics.AddDimension("platform", "steam");
        _metrics.AddMetric("A", 1);
        _metrics.Flush();

        _metrics.AddMetric("B", 2);
        _metrics.Flush();

        var second = _output.MetricBlobs[1];
        second.TryGetProperty("A", out _).Should().BeFalse();
        second.TryGetProperty("platform", out _).Should().BeFalse();
    }

    [Fact]
    public void WriteColdStart_WritesItsOwnBlobWithFunctionNameAndService()
    {
        _metrics.WriteColdStart("gitgoods-health");

        _output.Lines.Should().Equal(
            "{\"_aws\":{\"Timestamp\":" + Now.ToUnixTimeMilliseconds() + ",\"CloudWatchMetrics\":[{\"Namespace\":\"GitGoods\"," +
            "\"Dimensions\":[[\"function_name\",\"service\"]],\"Metrics\":[{\"Name\":\"ColdStart\",\"Unit\":\"Count\"}]}]}," +
            "\"function_name\":\"gitgoods-health\",\"service\":\"orders\",\"ColdStart\":1}");
    }

    [Theory]
    [InlineData(null, "GitGoods")]
    [InlineData("GitGoodsStaging", "GitGoodsStaging")]
    public void FromEnvironment_TakesTheNamespaceFromPowertoolsVariable(string? configured, string expected)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (configured is not null)
        {
            variables["POWERTOOLS_METRICS_NAMESPACE"] = configured;
        }

        var metrics = LambdaMetrics.FromEnvironment(_output, TimeProvider.System, new DictionaryEnvironment(variables),
            new LambdaFunctionInfo("f", "1", 128, "svc"));

        metrics.Namespace.Should().Be(expected);
    }
}
