using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Orders;

/// <summary>A page of orders on the wire: no personal data in lists.</summary>
public static class OrderPages
{
    /// <summary>Reads <c>limit</c>/<c>cursor</c>, reads the page, and answers 200, or 400 for a bad limit or a cursor of another list.</summary>
    public static async Task<ApiGatewayHttpResponse> ListAsync(ApiGatewayHttpRequest request, Func<PageRequest, Task<Page<Order>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!PagingQuery.TryRead(request, out var page, out var problem))
        {
            return problem;
        }

        try
        {
            return Ok(request, await read(page));
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }

    public static ApiGatewayHttpResponse Ok(ApiGatewayHttpRequest request, Page<Order> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = new PageResponse<OrderResponse>([.. page.Items.Select(o => OrderResponse.From(o, null))], page.NextCursor);
        return HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.PageResponseOrderResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" });
    }
}
