using GitGoods.LocalEnvironment.Tests.Identity;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    private async Task AdminAsync()
    {
        await Expect(200, HttpMethod.Get, "/api/admin/orders", Admin);
        await Expect(200, HttpMethod.Get, "/api/admin/orders?status=DELIVERED&limit=5", Admin);
        await Expect(400, HttpMethod.Get, "/api/admin/orders?status=LOST", Admin);
        await Expect(403, HttpMethod.Get, "/api/admin/orders", Seller);
        await Expect(401, HttpMethod.Get, "/api/admin/orders");
        await Expect(200, HttpMethod.Get, "/api/admin/dead-letters?limit=10", Admin);
        await Expect(400, HttpMethod.Get, "/api/admin/dead-letters?limit=0", Admin);
        await Expect(403, HttpMethod.Get, "/api/admin/dead-letters", _shopper);
        await Expect(202, HttpMethod.Post, "/api/admin/dead-letters/redrive", Admin);
        await Expect(403, HttpMethod.Post, "/api/admin/dead-letters/redrive", Seller);
        await Expect(401, HttpMethod.Post, "/api/admin/dead-letters/redrive", principals.AuthorizationFor(Principal.OtherClientToken));
    }

    private async Task SalesReportAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-7):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        await Expect(200, HttpMethod.Get, "/api/seller/reports/sales?" + range, Seller);
        await Expect(200, HttpMethod.Get, "/api/seller/reports/sales", Seller);
        await Expect(200, HttpMethod.Get, $"/api/seller/reports/sales?{range}&sellerId={GitGoods.LocalEnvironment.Identity.DemoUsers.SellerSub}", Admin);
        await Expect(400, HttpMethod.Get, $"/api/seller/reports/sales?from={today:yyyy-MM-dd}&to={today.AddDays(-3):yyyy-MM-dd}", Seller);
        await Expect(400, HttpMethod.Get, "/api/seller/reports/sales?from=yesterday&to=today", Seller);
        await Expect(403, HttpMethod.Get, "/api/seller/reports/sales?sellerId=someone-else", Seller);
        await Expect(403, HttpMethod.Get, "/api/seller/reports/sales", _shopper);
    }
}
