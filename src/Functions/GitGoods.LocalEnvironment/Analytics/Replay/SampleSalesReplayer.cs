using System.Text.Json;
using GitGoods.Analytics.ExportSalesDaily;
using GitGoods.Composition;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// Writes the sample sales into a lake folder through the real writers: the order changes as stream batches through
/// <c>ExportOrderLines</c>'s Lambda entry point (from the manifest), and the recounted rollups through
/// <see cref="ExportSalesDailyHandler"/> (its manifest entry reads DynamoDB, which the replay does without).
/// </summary>
public static class SampleSalesReplayer
{
    public const string ExportFunction = "ExportOrderLines";

    /// <summary>Replays the samples; returns how many order changes were sent.</summary>
    public static async Task<int> ReplayAsync(string lakeFolder, TimeProvider time, CancellationToken cancellationToken)
    {
        var settings = new FunctionSettings(null, null, "ap-southeast-1") { AnalyticsFolder = lakeFolder };
        using var services = new FunctionServices(settings, time);
        var sales = SampleSales.Build(services.ShopCalendar.Today(time), services.ShopCalendar);
        var definition = FunctionManifest.Find(ExportFunction) ?? throw new InvalidOperationException($"The manifest has no {ExportFunction} function.");
        var function = definition.Create(services);
        foreach (var batch in sales.Records.Chunk(((TableStreamTrigger)definition.Trigger).BatchSize))
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(new DynamoDbStreamEvent { Records = batch }, HostingJsonContext.Default.DynamoDbStreamEvent);
            var context = new LambdaContext(Guid.NewGuid().ToString(), definition.Name, "$LATEST", definition.MemoryMb,
                $"arn:aws:lambda:{settings.Region}:000000000000:function:{definition.Name}", null, time.GetUtcNow().AddSeconds(definition.TimeoutSeconds));
            _ = await function.InvokeAsync(payload, context, cancellationToken).ConfigureAwait(false);
        }

        _ = await new ExportSalesDailyHandler(new RecountedSalesRollups(sales.Orders, services.ShopCalendar), services.AnalyticsFiles, services.ShopCalendar, time)
            .ExportAsync(services.ShopCalendar.Today(time), cancellationToken).ConfigureAwait(false);
        return sales.Records.Count;
    }
}
