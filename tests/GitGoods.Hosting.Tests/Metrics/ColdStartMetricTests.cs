using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Metrics;

public sealed class ColdStartMetricTests
{
    [Fact]
    public async Task ColdStart_IsEmittedOnTheFirstInvocationOnly()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        await harness.InvokeAsync(DelegateFunction.Echo());
        await harness.InvokeAsync(DelegateFunction.Echo());

        var blob = harness.Output.MetricBlobs.Should().ContainSingle().Subject;
        blob.GetProperty("ColdStart").GetDouble().Should().Be(1);
        blob.GetProperty("function_name").GetString().Should().Be("gitgoods-test");
        blob.GetProperty("service").GetString().Should().Be("catalog");
        var directive = blob.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        directive.GetProperty("Dimensions")[0].EnumerateArray().Select(d => d.GetString())
            .Should().Equal("function_name", "service");
    }

    [Fact]
    public async Task HandlerMetrics_AreFlushedWhenTheInvocationEnds()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var function = new DelegateFunction((payload, context) =>
        {
            context.Metrics.AddMetric("ProductViewed", 1);
            return Task.FromResult(payload.ToArray());
        });

        await harness.InvokeAsync(function);
        await harness.InvokeAsync(function);

        harness.Output.MetricBlobs.Where(b => b.TryGetProperty("ProductViewed", out _)).Should().HaveCount(2);
    }
}
