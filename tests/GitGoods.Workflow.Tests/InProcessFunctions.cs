using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Workflow.Tests;

/// <summary>An exception type a workflow retries or catches by name, as a function would throw it.</summary>
public sealed class OutOfStockException(string message) : Exception(message);

/// <summary>A raw-bytes function that answers with the event it got and the context it ran with.</summary>
internal sealed class EchoFunction : ILambdaFunction
{
    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var answer = new JsonObject
        {
            ["event"] = JsonNode.Parse(payload.Span),
            ["function"] = context.FunctionName,
            ["memory"] = context.MemoryLimitMb,
        };
        return Task.FromResult(Encoding.UTF8.GetBytes(answer.ToJsonString()));
    }
}

/// <summary>Throws <see cref="OutOfStockException"/> the first <paramref name="failures"/> times, then answers <c>{"reserved":true}</c>.</summary>
internal sealed class FlakyFunction(int failures) : ILambdaFunction
{
    private int _calls;

    public int Calls => _calls;

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) <= failures
            ? throw new OutOfStockException("only 0 left of sku-1")
            : Task.FromResult("""{"reserved":true}"""u8.ToArray());
}

/// <summary>Never answers and ignores cancellation, like a function stuck past its timeout.</summary>
internal sealed class StuckFunction : ILambdaFunction
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        return new TaskCompletionSource<byte[]>().Task;
    }
}
