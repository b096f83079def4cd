using System.Text.Json;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.EventBridge;

/// <summary>
/// Adapts an <see cref="IEventBridgeHandler"/> to the raw runtime contract. EventBridge invokes
/// asynchronously and ignores the result, so the response is empty.
/// </summary>
public sealed class EventBridgeFunction(IEventBridgeHandler handler) : ILambdaFunction
{
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var eventBridgeEvent = JsonSerializer.Deserialize(payload.Span, HostingJsonContext.Default.EventBridgeEvent)
            ?? throw new JsonException("The event is not an EventBridge event.");
        await handler.HandleAsync(eventBridgeEvent, context, cancellationToken).ConfigureAwait(false);
        return [];
    }
}
