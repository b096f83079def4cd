using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    private async Task CatalogueAsync()
    {
        await Expect(200, HttpMethod.Get, "/api/health");
        if (IsCatalogued("GET /api/health/ready"))
        {
            await Expect(200, HttpMethod.Get, "/api/health/ready");
        }

        var (page, headers) = await Expect(200, HttpMethod.Get, "/api/products?limit=2&sort=price");
        var etag = headers.ETag!.ToString();
        await Expect(304, HttpMethod.Get, "/api/products?limit=2&sort=price", headers: Header("If-None-Match", etag));
        var cursor = Uri.EscapeDataString(page!["nextCursor"]!.GetValue<string>());
        await Expect(200, HttpMethod.Get, $"/api/products?limit=2&sort=price&cursor={cursor}");
        await Expect(200, HttpMethod.Get, "/api/products?q=farming&platform=PC,Nintendo%20Switch&maxPrice=6000&inStock=true&sort=-price");
        await Expect(200, HttpMethod.Get, "/api/products?minPrice=1000&sort=title&limit=5");
        await Expect(200, HttpMethod.Get, "/api/products?sort=newest");
        await Expect(400, HttpMethod.Get, "/api/products?limit=0");
        await Expect(400, HttpMethod.Get, "/api/products?sort=cheapest&minPrice=-1");
        await Expect(400, HttpMethod.Get, "/api/products?cursor=not-a-cursor-of-this-list");

        var id = page["items"]![0]!["id"]!.GetValue<string>();
        var (_, product) = await Expect(200, HttpMethod.Get, "/api/products/" + id);
        await Expect(304, HttpMethod.Get, "/api/products/" + id, headers: Header("If-None-Match", product.ETag!.ToString()));
        await Expect(404, HttpMethod.Get, "/api/products/no-such-game");
        await Expect(404, HttpMethod.Get, "/api/products/" + TooLong(300));

        var (_, platforms) = await Expect(200, HttpMethod.Get, "/api/platforms");
        await Expect(304, HttpMethod.Get, "/api/platforms", headers: Header("If-None-Match", platforms.ETag!.ToString()));
    }

    // The readiness route comes with its own change (issue 14); the document lists it already, and the proxied test's
    // coverage check fails until the route is catalogued, so this only keeps the rest of the journey running meanwhile.
    private static bool IsCatalogued(string routeKey) =>
        FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().Any(r => r.RouteKey == routeKey);
}
