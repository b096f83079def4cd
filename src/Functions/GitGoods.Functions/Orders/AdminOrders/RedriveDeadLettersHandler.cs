using GitGoods.Domain.Operations;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.AdminOrders;

/// <summary>
/// POST /api/admin/dead-letters/redrive: moves up to <see cref="MaxPerRequest"/> dead letters back to the order queue (202).
/// A message is sent before it is deleted from the dead-letter queue, so a crash duplicates but never loses one;
/// the workflow is idempotent.
/// </summary>
public sealed class RedriveDeadLettersHandler(IDeadLetterQueue deadLetters) : IHttpHandler
{
    public const int MaxPerRequest = 1000;

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var moved = await deadLetters.RedriveAsync(MaxPerRequest, cancellationToken);
        context.Metrics.AddMetric("DeadLettersRedriven", moved);
        return HttpResults.Json(request, 202, new RedriveResponse(moved), FunctionsJsonContext.Default.RedriveResponse);
    }
}
