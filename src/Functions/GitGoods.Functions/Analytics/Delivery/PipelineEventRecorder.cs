using System.Text;
using GitGoods.Domain.Analytics;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Analytics.Delivery;

/// <summary>
/// The delivery-metrics function: an EventBridge rule sends it every CodePipeline pipeline, stage and action execution
/// state change, and it writes each as one CSV row of <see cref="Lake.LakeTables.PipelineEvents"/>, in its own file named
/// by the event id (idempotent: a redelivery replaces the row). Athena's delivery queries read those rows
/// (docs/delivery-metrics.md).
/// </summary>
public sealed class PipelineEventRecorder(IAnalyticsFiles files) : IEventBridgeHandler
{
    public const string FunctionName = "RecordPipelineEvent";

    /// <exception cref="RejectedPipelineEventException">When the event is not a CodePipeline execution state change.</exception>
    public async Task HandleAsync(EventBridgeEvent eventBridgeEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var row = PipelineEventRow.From(eventBridgeEvent);
        await files.PutAsync(row.Key, Encoding.UTF8.GetBytes(Lake.CsvLine.Format(row.Values)), "text/csv", cancellationToken);
        context.Metrics.AddMetric("PipelineEventsRecorded", 1);
    }
}
