using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Orders;

/// <summary>A page of orders on the wire: no personal data in lists.</summary>
public static class OrderPages
{
    public static ApiGatewayHttpResponse Ok(ApiGatewayHttpRequest request, Page<Order> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = new PageResponse<OrderResponse>([.. page.Items.Select(o => OrderResponse.From(o, null))], page.NextCursor);
        return HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.PageResponseOrderResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" });
    }
}
