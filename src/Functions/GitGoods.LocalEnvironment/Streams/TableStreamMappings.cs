using Amazon.DynamoDBv2;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.Manifest;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// One <see cref="TableStreamMapping"/> per manifest function with a <see cref="TableStreamTrigger"/>, as the CDK app
/// gives each its own Lambda event source mapping; each keeps its own checkpoints under the stack's state folder.
/// </summary>
public sealed class TableStreamMappings(IReadOnlyList<TableStreamMapping> mappings) : IAsyncDisposable
{
    public IReadOnlyList<TableStreamMapping> All => mappings;

    public static TableStreamMappings Create(IEnumerable<FunctionDefinition> manifest, FunctionServices services, LocalStreamsClient streams,
        string tableName, string stateDirectory, FunctionLoggers loggers, string region, TimeProvider time, ILoggerFactory logging)
    {
        ArgumentNullException.ThrowIfNull(services);
        IAmazonDynamoDB dynamoDb = services.DynamoDb;
        return new TableStreamMappings([
            .. manifest.Where(f => f.Trigger is TableStreamTrigger).Select(f => new TableStreamMapping(dynamoDb, streams, f.Create(services),
                TableStreamMappingOptions.For(f, tableName, stateDirectory, loggers, region), time, logging.CreateLogger<TableStreamMapping>())),
        ]);
    }

    public void Start()
    {
        foreach (var mapping in mappings)
        {
            mapping.Start();
        }
    }

    public async Task StopAsync() => await Task.WhenAll(mappings.Select(m => m.StopAsync()));

    public async ValueTask DisposeAsync()
    {
        foreach (var mapping in mappings)
        {
            await mapping.DisposeAsync();
        }
    }
}
