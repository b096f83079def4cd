using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.EventBridge;

/// <summary>A function that an EventBridge rule targets.</summary>
public interface IEventBridgeHandler
{
    /// <exception cref="Exception">Any exception is a function error: Lambda retries the asynchronous invocation.</exception>
    Task HandleAsync(EventBridgeEvent eventBridgeEvent, LambdaContext context, CancellationToken cancellationToken);
}
