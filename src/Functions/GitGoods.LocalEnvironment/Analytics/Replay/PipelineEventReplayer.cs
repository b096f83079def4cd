using GitGoods.Analytics.Delivery;
using GitGoods.Composition;
using GitGoods.Hosting.Runtime;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// Sends events through the delivery-metrics function's own Lambda entry point (the manifest's factory and
/// <see cref="ILambdaFunction.InvokeAsync"/>, as the bootstrap does on AWS), writing into a lake folder.
/// </summary>
public static class PipelineEventReplayer
{
    /// <summary>Invokes <c>RecordPipelineEvent</c> once per event, in order; returns how many it sent.</summary>
    public static async Task<int> ReplayAsync(IEnumerable<SampleEvent> events, string lakeFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var settings = new FunctionSettings(null, null, "ap-southeast-1") { AnalyticsFolder = lakeFolder };
        using var services = new FunctionServices(settings, TimeProvider.System);
        var definition = FunctionManifest.Find(PipelineEventRecorder.FunctionName)
            ?? throw new InvalidOperationException($"The manifest has no {PipelineEventRecorder.FunctionName} function.");
        var function = definition.Create(services);
        var sent = 0;
        foreach (var sample in events)
        {
            var context = new LambdaContext(Guid.NewGuid().ToString(), definition.Name, "$LATEST", definition.MemoryMb,
                $"arn:aws:lambda:{settings.Region}:000000000000:function:{definition.Name}", null,
                DateTimeOffset.UtcNow.AddSeconds(definition.TimeoutSeconds));
            _ = await function.InvokeAsync(sample.Payload, context, cancellationToken).ConfigureAwait(false);
            sent++;
        }

        return sent;
    }
}
