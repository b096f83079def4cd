using System.Collections.Concurrent;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Runtime;

namespace GitGoods.LocalEnvironment.Tests.Streams;

/// <summary>
/// A stream consumer behind the real <see cref="DynamoDbStreamFunction"/>: records every batch (by the items' PK) and
/// answers as <c>answer</c> says: null for success, a sequence number for a partial failure, or it throws.
/// </summary>
internal sealed class RecordingStreamHandler(Func<IReadOnlyList<DynamoDbStreamRecord>, string?> answer) : IDynamoDbStreamHandler
{
    public ConcurrentQueue<IReadOnlyList<string>> Batches { get; } = new();

    /// <summary>Every record handed over, in order (repeats included).</summary>
    public IReadOnlyList<string> Delivered => [.. Batches.SelectMany(b => b)];

    public ILambdaFunction Function => new DynamoDbStreamFunction(this);

    public Task<string?> HandleAsync(DynamoDbStreamEvent streamEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        Batches.Enqueue([.. streamEvent.Records.Select(r => r.DynamoDb.NewImage!["PK"].S!)]);
        return Task.FromResult(answer([.. streamEvent.Records]));
    }
}
