using Polly;

namespace GitGoods.Adapters.Resilience;

/// <summary>Runs every HTTP attempt of an AWS SDK client through its <see cref="AwsHttpPipeline"/>.</summary>
public sealed class ResilientHttpHandler(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(AwsHttpPipeline.LongPoll, IsLongPoll(request));
            return await pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendInnerAsync(state.Request, ctx.CancellationToken)),
                context, (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>SQS's ReceiveMessage (JSON protocol: <c>X-Amz-Target: AmazonSQS.ReceiveMessage</c>) may wait by design.</summary>
    private static bool IsLongPoll(HttpRequestMessage request) =>
        request.Headers.TryGetValues("X-Amz-Target", out var targets)
        && targets.Any(t => t.EndsWith(".ReceiveMessage", StringComparison.Ordinal));
}
