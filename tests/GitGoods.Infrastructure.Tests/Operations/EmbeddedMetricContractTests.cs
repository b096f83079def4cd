using System.Text;
using System.Text.Json;

using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Metrics;
using GitGoods.Hosting.Runtime;
using GitGoods.Orders;
using GitGoods.Orders.Fulfilment;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The order-validation alarm watches exactly the metric the functions write: the EMF line that the ConfirmOrder function's
/// metrics code (<see cref="OrderSettlementMetrics"/> through the hosting layer's <see cref="LambdaMetrics"/>) writes with the
/// environment the synthesized function really gets has the alarm's namespace, metric name and dimension set, value for value.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class EmbeddedMetricContractTests(SynthesizedGitGoods app)
{
    [Fact]
    public void OrderValidationAlarm_MatchesTheEmfTheConfirmOrderFunctionWrites()
    {
        var emf = WrittenBy(OrderWorkflow.ConfirmOrder);
        var alarm = TemplateJson.Resources(app.NestedJson(app.Stack.Monitoring), TemplateJson.Alarm)
            .Single(a => a.Id == app.LogicalId(app.Stack.Monitoring.OrderValidation.Alarm)).Properties;

        var directive = emf.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray().Should().ContainSingle().Subject;
        alarm.GetProperty("Namespace").GetString().Should().Be(directive.GetProperty("Namespace").GetString());
        directive.GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString())
            .Should().Contain(alarm.GetProperty("MetricName").GetString()).And.Contain(OrderMetrics.OrderValidationTime);

        var written = directive.GetProperty("Dimensions").EnumerateArray().Should().ContainSingle().Subject.EnumerateArray()
            .ToDictionary(d => d.GetString()!, d => emf.GetProperty(d.GetString()!).GetString(), StringComparer.Ordinal);
        var watched = alarm.GetProperty("Dimensions").EnumerateArray()
            .ToDictionary(d => d.GetProperty("Name").GetString()!, d => d.GetProperty("Value").GetString(), StringComparer.Ordinal);
        watched.Should().Equal(written, "an alarm matches a metric only on its whole dimension set");
    }

    /// <summary>A confirmation's metrics as the named function writes them, with the environment its template gives it.</summary>
    private JsonElement WrittenBy(string functionName)
    {
        var environment = new TemplateEnvironment(app.FunctionEnvironment(functionName)
            .ToDictionary(v => v.Key, v => JsonSerializer.Deserialize<JsonElement>(v.Value), StringComparer.Ordinal));
        var lines = new Lines();
        var metrics = LambdaMetrics.FromEnvironment(lines, TimeProvider.System, environment, LambdaFunctionInfo.FromEnvironment(environment));
        var placed = DateTimeOffset.UtcNow;
        var settlement = new OrderSettlement(OrderStatus.Confirmed, new Money(4999, "SGD"), placed, placed.AddMilliseconds(120), null);

        OrderSettlementMetrics.Record(settlement, "order-1", metrics, LambdaLogger.Null);
        metrics.Flush();

        return JsonDocument.Parse(lines.Written.Should().ContainSingle().Subject).RootElement;
    }

    /// <summary>The function's environment variables from its template: plain strings only (intrinsics are never the metric settings).</summary>
    private sealed class TemplateEnvironment(Dictionary<string, JsonElement> variables) : IEnvironment
    {
        public string? GetVariable(string name) =>
            variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private sealed class Lines : ILineSink
    {
        public List<string> Written { get; } = [];

        public void WriteLine(ReadOnlySpan<byte> utf8Line) => Written.Add(Encoding.UTF8.GetString(utf8Line));
    }
}
