using GitGoods.Domain.Operations;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.AdminOrders;

/// <summary>
/// GET /api/admin/dead-letters: the messages the order workflow failed on after every retry (peeked, not removed),
/// each with its receive count and the error the workflow recorded on the order. SQS has no cursor, so
/// <c>nextCursor</c> is always null; <c>limit</c> caps the page.
/// </summary>
public sealed class ListDeadLettersHandler(IDeadLetterQueue deadLetters, IOrderStore orders) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        if (!PagingQuery.TryRead(request, out var page, out var problem))
        {
            return problem;
        }

        var letters = await deadLetters.PeekAsync(page.Limit, cancellationToken);
        var items = new List<DeadLetterResponse>(letters.Count);
        foreach (var letter in letters)
        {
            var orderId = OrderMessage.TryParse(letter.Body)?.OrderId;
            var order = orderId is null ? null : await orders.FindAsync(orderId, cancellationToken);
            var error = orderId is null ? "The message does not name an order." : order?.LastError;
            items.Add(new DeadLetterResponse(letter.MessageId, orderId, letter.ReceiveCount, letter.SentAt.UtcDateTime, error));
        }

        return HttpResults.Json(request, 200, new PageResponse<DeadLetterResponse>(items, null), FunctionsJsonContext.Default.PageResponseDeadLetterResponse);
    }
}
