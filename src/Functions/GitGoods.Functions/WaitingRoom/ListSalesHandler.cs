using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.WaitingRoom;

/// <summary>GET /api/admin/sales (admins): every sale not ended, with its line's counters.</summary>
public sealed class ListSalesHandler(IWaitingRoomStore store, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sales = await store.ListSalesAsync(cancellationToken);
        var found = await Task.WhenAll(sales.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => store.FindAsync(s.Id, cancellationToken)));
        var body = new AdminSalesResponse([.. found.OfType<SaleWithLine>().Select(f => AdminSaleResponse.From(f, now))]);
        return HttpResults.Json(request, 200, body, WaitingRoomJsonContext.Default.AdminSalesResponse);
    }
}
