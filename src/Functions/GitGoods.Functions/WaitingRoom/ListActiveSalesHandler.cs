using GitGoods.Domain.WaitingRoom;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.WaitingRoom;

/// <summary>GET /api/waiting-room (public): the sales active now, each with how many shoppers wait in its line.</summary>
public sealed class ListActiveSalesHandler(IWaitingRoomStore store, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sales = (await store.ListSalesAsync(cancellationToken)).Where(s => s.IsActiveAt(now)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var lines = await Task.WhenAll(sales.Select(s => store.FindAsync(s.Id, cancellationToken)));
        var body = new ActiveSalesResponse([.. sales.Zip(lines, (sale, found) => new ActiveSaleResponse(
            sale.Id, sale.Name, sale.StartsAt.UtcDateTime, sale.EndsAt.UtcDateTime, sale.ProductIds, found?.Line.Waiting ?? 0, sale.AdmissionRatePerMinute))]);
        return HttpResults.Json(request, 200, body, WaitingRoomJsonContext.Default.ActiveSalesResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "no-store" });
    }
}
