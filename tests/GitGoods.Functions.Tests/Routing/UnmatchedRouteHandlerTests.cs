using System.Text.Json;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Manifest;
using GitGoods.Routing.UnmatchedRoute;

namespace GitGoods.Functions.Tests.Routing;

/// <summary>The $default route's function: 405 with Allow for a catalogued path under another method, else 404; both problem+json.</summary>
public class UnmatchedRouteHandlerTests
{
    private static readonly UnmatchedRouteHandler Handler = new([.. FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>()]);

    [Theory]
    [InlineData("/api/products", "GET")]
    [InlineData("/api/products/", "GET")]
    [InlineData("/api/products/any-id", "GET")]
    [InlineData("/api/cart/items/p-1", "DELETE, PUT")]
    [InlineData("/api/cart", "DELETE, GET")]
    [InlineData("/api/seller/products/p-1", "DELETE, PATCH")]
    [InlineData("/api/orders/o-1/cancel", "POST")]
    public async Task CataloguedPath_Is405_WithTheMethodsItTakes(string path, string allow)
    {
        var response = await Handler.HandleAsync(Requests.Get(path), Requests.Context, default);

        response.StatusCode.Should().Be(405);
        response.Headers!["allow"].Should().Be(allow);
        response.Headers["content-type"].Should().Be("application/problem+json");
        JsonDocument.Parse(response.Body!).RootElement.GetProperty("status").GetInt32().Should().Be(405);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api")]
    [InlineData("/")]
    [InlineData("/api/products/a/b")]
    [InlineData("/api/cart/items")]
    [InlineData("/API/products")]
    public async Task OtherPath_Is404Problem_WithoutEchoingThePath(string path)
    {
        var response = await Handler.HandleAsync(Requests.Get(path), Requests.Context, default);

        response.StatusCode.Should().Be(404);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        response.Headers.Should().NotContainKey("allow");
        response.Body.Should().NotContain(path == "/" ? "\u0000" : path);
    }

    [Fact]
    public void Manifest_CatchAll_IsAnHttpFunction_WithNoDataAccess()
    {
        var catchAll = FunctionManifest.Find(FunctionManifest.UnmatchedRouteFunction)!;

        catchAll.Trigger.Should().BeOfType<DefaultRouteTrigger>();
        catchAll.Access.Should().Be(DataAccess.None);
    }
}
