using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Hosting.Tests.Logging;

public sealed class LambdaLoggerTests
{
    private static readonly string[] PowertoolsKeys =
    [
        "timestamp", "level", "service", "message", "cold_start", "function_name", "function_version",
        "function_memory_size", "function_arn", "function_request_id", "xray_trace_id", "correlation_id",
    ];

    [Fact]
    public async Task Log_InsideAnInvocation_WritesOneJsonLineWithEveryPowertoolsKey()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var function = new DelegateFunction((payload, context) =>
        {
            context.Logger.CorrelationId = "api-req-9";
            context.Logger.Information("Product viewed", new Dictionary<string, object?>(StringComparer.Ordinal) { ["product_id"] = "p-1" });
            return Task.FromResult(payload.ToArray());
        });

        await harness.InvokeAsync(function, traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");

        var line = harness.Output.LogLines.Should().ContainSingle().Subject;
        line.EnumerateObject().Select(p => p.Name).Should().Contain(PowertoolsKeys);
        line.GetProperty("level").GetString().Should().Be("Information");
        line.GetProperty("service").GetString().Should().Be("catalog");
        line.GetProperty("message").GetString().Should().Be("Product viewed");
        line.GetProperty("cold_start").GetBoolean().Should().BeTrue();
        line.GetProperty("function_name").GetString().Should().Be("gitgoods-test");
        line.GetProperty("function_memory_size").GetInt32().Should().Be(256);
        line.GetProperty("function_request_id").GetString().Should().Be("req-1");
        line.GetProperty("xray_trace_id").GetString().Should().Be("1-5759e988-bd862e3fe1be46a994272793");
        line.GetProperty("correlation_id").GetString().Should().Be("api-req-9");
        line.GetProperty("product_id").GetString().Should().Be("p-1");
        DateTimeOffset.Parse(line.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task Log_InTheSecondInvocation_IsNotColdAndHasNoStaleCorrelationId()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var first = new DelegateFunction((p, c) => { c.Logger.CorrelationId = "x"; return Task.FromResult(p.ToArray()); });
        var second = new DelegateFunction((p, c) => { c.Logger.Information("warm"); return Task.FromResult(p.ToArray()); });

        await harness.InvokeAsync(first);
        await harness.InvokeAsync(second);

        var line = harness.Output.LogLines.Should().ContainSingle().Subject;
        line.GetProperty("cold_start").GetBoolean().Should().BeFalse();
        line.TryGetProperty("correlation_id", out _).Should().BeFalse();
    }

    [Fact]
    public void Log_WritesTheTimestampFromTheTimeProviderInIso8601Utc()
    {
        var output = new CollectingLineSink();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 30, 15, 123, TimeSpan.Zero));
        var logger = new LambdaLogger(output, time, new LambdaFunctionInfo("f", "1", 128, "svc"), LogLevel.Information);

        logger.Information("hello");

        output.JsonLines[0].GetProperty("timestamp").GetString().Should().Be("2026-11-27T09:30:15.123Z");
    }

    [Fact]
    public void Log_KeepsApostrophesAndPlusSignsReadable()
    {
        var output = new CollectingLineSink();
        var logger = new LambdaLogger(output, TimeProvider.System, new LambdaFunctionInfo("f", "1", 128, "svc"), LogLevel.Information);

        logger.Information("product 'p-1' + 2 <items>");

        output.Lines[0].Should().Contain("\"message\":\"product 'p-1' + 2 <items>\"");
    }

    [Fact]
    public void Log_ExtraKeysNeverOverwriteStandardKeys()
    {
        var output = new CollectingLineSink();
        var logger = new LambdaLogger(output, TimeProvider.System, new LambdaFunctionInfo("f", "1", 128, "svc"), LogLevel.Information);

        logger.Information("hello", new Dictionary<string, object?>(StringComparer.Ordinal) { ["level"] = "spoofed", ["count"] = 3 });

        var line = output.JsonLines[0];
        line.GetProperty("level").GetString().Should().Be("Information");
        line.GetProperty("count").GetInt32().Should().Be(3);
    }

    [Theory]
    [InlineData("Warning", null, false)]
    [InlineData(null, "DEBUG", true)]
    [InlineData("Error", "DEBUG", false)]
    [InlineData(null, null, false)]
    public void FromEnvironment_PowertoolsLevelWinsOverLambdaLevel(string? powertools, string? lambda, bool debugEnabled)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (powertools is not null)
        {
            variables["POWERTOOLS_LOG_LEVEL"] = powertools;
        }

        if (lambda is not null)
        {
            variables["AWS_LAMBDA_LOG_LEVEL"] = lambda;
        }

        var level = LogLevels.FromEnvironment(new DictionaryEnvironment(variables));
        var logger = new LambdaLogger(new CollectingLineSink(), TimeProvider.System, new LambdaFunctionInfo("f", "1", 128, "svc"), level);

        logger.IsEnabled(LogLevel.Debug).Should().Be(debugEnabled);
    }

    [Fact]
    public void Log_BelowTheMinimumLevel_WritesNothing()
    {
        var output = new CollectingLineSink();
        var logger = new LambdaLogger(output, TimeProvider.System, new LambdaFunctionInfo("f", "1", 128, "svc"), LogLevel.Warning);

        logger.Information("quiet");
        logger.Warning("loud");

        output.LogLines.Select(l => l.GetProperty("message").GetString()).Should().Equal("loud");
    }
}
