using GitGoods.Manifest;
using GitGoods.LocalEnvironment.Gateway;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

public sealed class RouteMatchingTests
{
    [Theory]
    [InlineData("/api/products/{id}", "/api/products/abc", "id", "abc")]
    [InlineData("/api/products/{id}", "/api/products/a%20b", "id", "a b")]
    [InlineData("/api/files/{proxy+}", "/api/files/a/b/c.txt", "proxy", "a/b/c.txt")]
    public void Template_MatchesAndExtractsParameters(string template, string path, string name, string value)
    {
        RouteTemplate.Parse(template).Match(path).Should().ContainKey(name).WhoseValue.Should().Be(value);
    }

    [Theory]
    [InlineData("/api/products/{id}", "/api/products")]
    [InlineData("/api/products/{id}", "/api/products/a/b")]
    [InlineData("/api/products", "/api/Products")]
    [InlineData("/api/files/{proxy+}", "/api/files")]
    public void Template_RejectsOtherPaths(string template, string path)
    {
        RouteTemplate.Parse(template).Match(path).Should().BeNull();
    }

    [Fact]
    public void Template_RefusesAGreedyParameterBeforeTheEnd()
    {
        var parse = () => RouteTemplate.Parse("/api/{proxy+}/x");

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Table_PrefersExactRoutesOverParametersOverGreedy()
    {
        var table = new GatewayRouteTable([Route("GET", "/api/{proxy+}"), Route("GET", "/api/products/{id}"), Route("GET", "/api/products/featured")]);

        table.Match("GET", "/api/products/featured")!.Route.Trigger.Path.Should().Be("/api/products/featured");
        table.Match("GET", "/api/products/abc")!.Route.Trigger.Path.Should().Be("/api/products/{id}");
        table.Match("GET", "/api/cart/items")!.Route.Trigger.Path.Should().Be("/api/{proxy+}");
    }

    [Fact]
    public void Table_PrefersAnExactMethodOverAny_AndMissesOtherMethods()
    {
        var table = new GatewayRouteTable([Route("ANY", "/api/cart"), Route("GET", "/api/cart"), Route("GET", "/api/health")]);

        table.Match("GET", "/api/cart")!.Route.Trigger.Method.Should().Be("GET");
        table.Match("DELETE", "/api/cart")!.Route.Trigger.Method.Should().Be("ANY");
        table.Match("POST", "/api/health").Should().BeNull();
    }

    [Fact]
    public void Manifest_EveryHttpRouteIsServed()
    {
        var routes = FunctionManifest.All.Select(d => d.Trigger).OfType<HttpRouteTrigger>().ToList();
        var table = new GatewayRouteTable(routes.Select(r => Route(r.Method, r.Path)));

        table.Routes.Should().HaveCount(routes.Count);
        table.Match("GET", "/api/products/some-id")!.Route.Trigger.RouteKey.Should().Be("GET /api/products/{id}");
    }

    private static GatewayRoute Route(string method, string path)
    {
        var trigger = new HttpRouteTrigger(method, path, RouteAccess.Public);
        return new GatewayRoute(new FunctionDefinition(path, trigger, DataAccess.None, _ => null!), trigger, RouteTemplate.Parse(path), new StubFunction());
    }
}
