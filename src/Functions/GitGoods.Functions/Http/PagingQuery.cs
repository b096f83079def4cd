using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;

namespace GitGoods.Http;

/// <summary>Reads the <c>limit</c> and <c>cursor</c> query parameters every list endpoint takes.</summary>
public static class PagingQuery
{
    /// <summary>The page asked for, or a 400 problem naming <c>limit</c> when it is not 1–100.</summary>
    public static bool TryRead(ApiGatewayHttpRequest request, [NotNullWhen(true)] out PageRequest? page,
        [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query("limit");
        var limit = PageRequest.DefaultLimit;
        if (text is not null
            && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= PageRequest.MaxLimit))
        {
            page = null;
            problem = HttpResults.BadRequest(request, $"limit must be a whole number from 1 to {PageRequest.MaxLimit}.",
                FieldErrors.One("limit", $"Must be a whole number from 1 to {PageRequest.MaxLimit}."));
            return false;
        }

        page = new PageRequest(limit, request.Query("cursor"));
        problem = null;
        return true;
    }

    /// <summary>The 400 for a cursor that no page of this list produced.</summary>
    public static ApiGatewayHttpResponse InvalidCursor(ApiGatewayHttpRequest request, InvalidCursorException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return HttpResults.BadRequest(request, exception.Message, FieldErrors.One("cursor", "Use the nextCursor of an earlier page."));
    }
}
