using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Sqs;

namespace GitGoods.LocalEnvironment.Tests.Queues;

/// <summary>One delivery of a message to a test consumer.</summary>
internal sealed record Delivery(string MessageId, string Body, int ReceiveCount, bool Succeeded);

/// <summary>
/// A consumer behind the real <see cref="SqsFunction"/> (the adapter the Lambda bootstrap runs): it records every
/// delivery and reports as failed the messages <c>fails</c> picks.
/// </summary>
internal sealed class RecordingHandler(Func<SqsMessage, bool> fails) : ISqsHandler
{
    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public ConcurrentQueue<(SqsEvent Event, LambdaContext Context)> Invocations { get; } = new();

    public Func<SqsEvent, CancellationToken, Task>? Before { get; set; }

    public ILambdaFunction Function => new SqsFunction(this);

    public IEnumerable<Delivery> Of(string body) => Deliveries.Where(d => d.Body == body);

    public async Task<IReadOnlyList<string>> HandleAsync(SqsEvent sqsEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        Invocations.Enqueue((sqsEvent, context));
        if (Before is { } before)
        {
            await before(sqsEvent, cancellationToken);
        }

        var failed = new List<string>();
        foreach (var record in sqsEvent.Records)
        {
            var fail = fails(record);
            Deliveries.Enqueue(new Delivery(record.MessageId, record.Body, int.Parse(record.Attributes.ApproximateReceiveCount!, CultureInfo.InvariantCulture), !fail));
            if (fail)
            {
                failed.Add(record.MessageId);
            }
        }

        return failed;
    }
}

/// <summary>A function that answers whatever <c>answer</c> gives (raw bytes), recording every delivery as received.</summary>
internal sealed class RawFunction(Func<int, string> answer) : ILambdaFunction
{
    private int _invocations;

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public ConcurrentQueue<string> Payloads { get; } = new();

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        Payloads.Enqueue(Encoding.UTF8.GetString(payload.Span));
        var sqsEvent = JsonSerializer.Deserialize(payload.Span, HostingJsonContext.Default.SqsEvent)!;
        foreach (var record in sqsEvent.Records)
        {
            Deliveries.Enqueue(new Delivery(record.MessageId, record.Body, int.Parse(record.Attributes.ApproximateReceiveCount!, CultureInfo.InvariantCulture), true));
        }

        return Task.FromResult(Encoding.UTF8.GetBytes(answer(Interlocked.Increment(ref _invocations))));
    }
}
