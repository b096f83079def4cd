using System.Diagnostics.CodeAnalysis;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Hosting.Http;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Analytics.SalesReports;

/// <summary>Reads the report's query: whose sales (<c>sellerId</c>, admins any, sellers their own) and which days (<c>from</c>, <c>to</c>).</summary>
public static class SalesReportQuery
{
    public const int MaxSellerIdLength = 128;

    /// <summary>The seller and range asked for, or the 400 or 403 problem that refuses them.</summary>
    public static bool TryRead(ApiGatewayHttpRequest request, Caller caller, DateOnly today, [NotNullWhen(true)] out string? sellerId,
        [NotNullWhen(true)] out ReportRange? range, [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        range = null;
        sellerId = request.Query("sellerId");
        if (sellerId is not null && (sellerId.Length is 0 or > MaxSellerIdLength || sellerId.Any(char.IsControl)))
        {
            problem = HttpResults.BadRequest(request, "sellerId is not a seller id.",
                FieldErrors.One("sellerId", $"Must be 1–{MaxSellerIdLength} printable characters."));
            return false;
        }

        if (sellerId is not null && !caller.IsAdmin && !string.Equals(sellerId, caller.UserId, StringComparison.Ordinal))
        {
            problem = HttpResults.Problem(request, 403, "Forbidden", "Sellers see their own sales only; admins may pass any sellerId.");
            return false;
        }

        sellerId ??= caller.UserId;
        if (!ReportRange.TryParse(request.Query("from"), request.Query("to"), today, out range, out var errors))
        {
            problem = HttpResults.BadRequest(request,
                $"from and to must both be yyyy-MM-dd dates, from ≤ to, at most {ReportRange.MaxDays} days apart (or both left out).", errors);
            return false;
        }

        problem = null;
        return true;
    }
}
