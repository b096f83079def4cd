using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Identity;

namespace GitGoods.WaitingRoom;

/// <summary>
/// POST /api/waiting-room/{saleId}/positions (signed in): takes the next arrival number of the sale, or returns the
/// shopper's place while it is still valid (200). Admitted at once when the shop has room.
/// </summary>
public sealed class JoinLineHandler(WaitingLine line) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var saleId = request.PathParameter("saleId");
        if (!SaleRules.IsSaleId(saleId))
        {
            return WaitingRoomResults.BadSaleId(request);
        }

        var (outcome, status) = await line.JoinAsync(saleId!, caller.UserId, cancellationToken);
        return outcome switch
        {
            LineOutcome.Joined => WaitingRoomResults.Status(request, 201, status!),
            LineOutcome.AlreadyInLine => WaitingRoomResults.Status(request, 200, status!),
            _ => WaitingRoomResults.UnknownSale(request),
        };
    }
}
