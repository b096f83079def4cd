using GitGoods.Hosting.Logging;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// One local stream mapping: which function reads the shop table's stream, with its trigger's filter, batch size and
/// retry settings (as the CDK app gives Lambda's mapping), and where its checkpoints live.
/// </summary>
public sealed record TableStreamMappingOptions(string FunctionName, string TableName, TableStreamTrigger Trigger, string CheckpointFile)
{
    public string Region { get; init; } = "ap-southeast-1";

    /// <summary>The pause between reads of a shard that had nothing new (Lambda polls a shard about four times a second).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The first pause before retrying a failed batch; it doubles per retry up to <see cref="MaxRetryBackoff"/>.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryBackoff { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan FunctionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MemoryMb { get; init; } = 512;

    public LambdaLogger FunctionLogger { get; init; } = LambdaLogger.Null;

    public string FunctionArn => $"arn:aws:lambda:{Region}:000000000000:function:{FunctionName}";

    /// <summary>The mapping of a manifest function with a <see cref="TableStreamTrigger"/>; its checkpoints under <paramref name="stateDirectory"/>.</summary>
    public static TableStreamMappingOptions For(FunctionDefinition function, string tableName, string stateDirectory, FunctionLoggers loggers, string region)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(loggers);
        var trigger = function.Trigger as TableStreamTrigger
            ?? throw new ArgumentException($"{function.Name} has no table stream trigger.", nameof(function));
        return new TableStreamMappingOptions(function.Name, tableName, trigger,
            Path.Combine(stateDirectory, "streams", $"{tableName}.{function.Name}.json"))
        {
            Region = region,
            MemoryMb = function.MemoryMb,
            FunctionTimeout = TimeSpan.FromSeconds(function.TimeoutSeconds),
            FunctionLogger = loggers.For(function),
        };
    }

    /// <summary>True when the record passes the trigger's filter (<c>NewImage.type.S</c> is the trigger's item type).</summary>
    public bool Passes(GitGoods.Hosting.DynamoDbStreams.DynamoDbStreamRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.DynamoDb.NewImage is { } image && image.TryGetValue("type", out var type)
            && string.Equals(type.S, Trigger.ItemType, StringComparison.Ordinal);
    }
}
