using System.Text.Json;
using GitGoods.Catalog.GetProduct;
using GitGoods.Domain.Catalog;
using GitGoods.Functions.Tests.Fakes;

namespace GitGoods.Functions.Tests.Catalog;

public class GetProductHandlerTests
{
    private readonly GetProductHandler _handler = new(new InMemoryProductCatalog(
        Requests.Product("a"), Requests.Product("gone", status: ProductStatus.Unlisted)));

    [Fact]
    public async Task Handle_KnownActiveProduct_Returns200WithTheProduct()
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products/a", pathParameters: new() { ["id"] = "a" }), Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Headers!["x-request-id"].Should().Be("req-1");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("id").GetString().Should().Be("a");
        body.RootElement.GetProperty("status").GetString().Should().Be("ACTIVE");
        body.RootElement.GetProperty("createdAt").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", "times are ISO-8601 UTC");
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("gone")]
    public async Task Handle_UnknownOrUnlistedProduct_Returns404Problem(string id)
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products/" + id, pathParameters: new() { ["id"] = id }), Requests.Context, default);

        response.StatusCode.Should().Be(404);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("title").GetString().Should().Be("Not Found");
        body.RootElement.GetProperty("detail").GetString().Should().Contain(id);
    }
}
