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

    /// <summary>The request as API Gateway's JWT authorizer hands it over: claims as strings, groups as "[a b]".</summary>
    public static ApiGatewayHttpRequest SignedIn(ApiGatewayHttpRequest request, string sub, params string[] groups)
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sub"] = sub,
            ["email"] = sub + "@example.test",
            ["name"] = "User " + sub,
            ["token_use"] = "id",
        };
        if (groups.Length > 0)
        {
            claims["cognito:groups"] = "[" + string.Join(' ', groups) + "]";
        }

        request.RequestContext.Authorizer = new ApiGatewayAuthorizer { Jwt = new ApiGatewayJwt { Claims = claims } };
        return request;
    }

    public static Product Product(string id, int minutesAfterLaunch = 0, ProductStatus status = ProductStatus.Active, string platform = "PC",
        string sellerId = "seller-1")
    {
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutesAfterLaunch);
        return GitGoods.Domain.Catalog.Product.Create(id, "Game " + id, platform, "A game.", new Money(4999, "SGD"), 5, [], sellerId,
            status, created, created);
    }
}
