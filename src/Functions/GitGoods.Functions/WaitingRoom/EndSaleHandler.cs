using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.WaitingRoom;

/// <summary>DELETE /api/admin/sales/{saleId} (admins): ends the sale now (204); orders no longer need its admission.</summary>
public sealed class EndSaleHandler(IWaitingRoomStore store) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var saleId = request.PathParameter("saleId");
        if (!SaleRules.IsSaleId(saleId))
        {
            return WaitingRoomResults.BadSaleId(request);
        }

        return await store.DeleteSaleAsync(saleId!, cancellationToken)
            ? new ApiGatewayHttpResponse
            {
                StatusCode = 204,
                Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-request-id"] = request.RequestContext.RequestId },
            }
            : HttpResults.NotFound(request, "No such sale.");
    }
}
