using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Functions.Tests.Fakes;

internal static class Requests
{
    public static readonly LambdaContext Context =
        new("req-1", "Test", "$LATEST", 512, "arn:aws:lambda:ap-southeast-1:123456789012:function:Test", null, DateTimeOffset.MaxValue);

    public static ApiGatewayHttpRequest Get(string path, Dictionary<string, string>? query = null, Dictionary<string, string>? pathParameters = null) => new()
    {
        RouteKey = "GET " + path,
        RawPath = path,
        QueryStringParameters = query,
        PathParameters = pathParameters,
        RequestContext = new ApiGatewayRequestContext { RequestId = "req-1", Http = new ApiGatewayHttpDescription { Method = "GET", Path = path } },
    };

    public static Product Product(string id, int minutesAfterLaunch = 0, ProductStatus status = ProductStatus.Active, string platform = "PC")
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutesAfterLaunch);
        return GitGoods.Domain.Catalog.Product.Create(id, "Game " + id, platform, "A game.", new Money(4999, "SGD"), 5, [], "seller-1",
            status, created, created);
    }
}
