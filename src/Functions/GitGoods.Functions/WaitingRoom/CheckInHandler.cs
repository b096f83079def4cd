using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.WaitingRoom;

/// <summary>
/// GET /api/waiting-room/{saleId}/position (signed in, <c>X-Position-Token</c>): the check-in that keeps the place and
/// moves the line; answers the status (EXPIRED when the place was released).
/// </summary>
public sealed class CheckInHandler(WaitingLine line) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var saleId = request.PathParameter("saleId");
        if (!SaleRules.IsSaleId(saleId))
        {
            return WaitingRoomResults.BadSaleId(request);
        }

        var (outcome, status) = await line.CheckInAsync(saleId!, caller.UserId, request.Header(WaitingRoomResults.PositionTokenHeader), cancellationToken);
        return outcome switch
        {
            LineOutcome.CheckedIn => WaitingRoomResults.Status(request, 200, status!),
            LineOutcome.MalformedToken => HttpResults.BadRequest(request, $"The {WaitingRoomResults.PositionTokenHeader} header must carry the positionToken of your join.",
                FieldErrors.One(WaitingRoomResults.PositionTokenHeader, "Required: the positionToken the join returned.")),
            LineOutcome.ForbiddenToken => HttpResults.Problem(request, 403, "Forbidden",
                "This position token is not yours, is for another sale, has expired or was not issued by the shop: join the line again."),
            _ => WaitingRoomResults.UnknownSale(request),
        };
    }
}
