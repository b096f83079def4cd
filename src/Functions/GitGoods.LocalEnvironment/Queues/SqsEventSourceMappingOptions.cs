using GitGoods.Manifest;
using GitGoods.Hosting.Logging;
using GitGoods.LocalEnvironment.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// One local event source mapping: which queue feeds which function, and how, with Lambda's defaults where Lambda
/// has them. <c>ReportBatchItemFailures</c> is always on: the project's consumers report partial failures.
/// </summary>
/// <param name="QueueUrl">The queue polled (its last path segment is the queue name).</param>
/// <param name="FunctionName">Named in the invocation's context and ARN.</param>
public sealed record SqsEventSourceMappingOptions(string QueueUrl, string FunctionName)
{
    /// <summary>The account id fauxqs and the local environment put in ARNs.</summary>
    public const string LocalAccountId = "000000000000";

    /// <summary>Messages per invocation, 1 to 10 (Lambda's default for a standard queue is 10).</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>Concurrent pollers, each receiving and invoking on its own (Lambda starts with several).</summary>
    public int Pollers { get; init; } = 4;

    /// <summary>Long polling per receive, 0 to 20. Stopping cancels a receive in flight, so this does not delay a stop.</summary>
    public int WaitTimeSeconds { get; init; } = 5;

    public string Region { get; init; } = "ap-southeast-1";

    /// <summary>The function's timeout: its context's deadline, after which the invocation is cancelled and the batch fails.</summary>
    public TimeSpan FunctionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MemoryMb { get; init; } = 512;

    /// <summary>The function's own structured logger, handed to it in its context.</summary>
    public LambdaLogger FunctionLogger { get; init; } = LambdaLogger.Null;

    /// <summary>The pause before polling again after SQS failed to answer.</summary>
    public TimeSpan ErrorBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public string QueueName => QueueUrl.TrimEnd('/')[(QueueUrl.TrimEnd('/').LastIndexOf('/') + 1)..];

    /// <summary>The <c>eventSourceARN</c> of every record: <c>arn:aws:sqs:&lt;region&gt;:000000000000:&lt;queue&gt;</c>.</summary>
    public string QueueArn => $"arn:aws:sqs:{Region}:{LocalAccountId}:{QueueName}";

    public string FunctionArn => $"arn:aws:lambda:{Region}:{LocalAccountId}:function:{FunctionName}";

    /// <summary>The mapping of a manifest function: its name, memory, timeout and the stack's logger for it.</summary>
    public static SqsEventSourceMappingOptions For(FunctionDefinition function, string queueUrl, FunctionLoggers loggers, string region)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(loggers);
        return new SqsEventSourceMappingOptions(queueUrl, function.Name)
        {
            Region = region,
            MemoryMb = function.MemoryMb,
            FunctionTimeout = TimeSpan.FromSeconds(function.TimeoutSeconds),
            FunctionLogger = loggers.For(function),
        };
    }

    /// <exception cref="InvalidOperationException">When a setting is outside what Lambda and SQS allow.</exception>
    public void Validate()
    {
        Require(BatchSize is >= 1 and <= 10, $"BatchSize must be 1 to 10, not {BatchSize}.");
        Require(Pollers >= 1, $"Pollers must be at least 1, not {Pollers}.");
        Require(WaitTimeSeconds is >= 0 and <= 20, $"WaitTimeSeconds must be 0 to 20, not {WaitTimeSeconds}.");
        Require(FunctionTimeout > TimeSpan.Zero, "FunctionTimeout must be positive.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
