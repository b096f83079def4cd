using GitGoods.Adapters.Catalog;
using GitGoods.Composition;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Manifest;
using GitGoods.TestSupport;

namespace GitGoods.Functions.Tests.Composition;

/// <summary>
/// With DAX_ENDPOINT set and a DAX client factory, the shopper's catalogue reads go through the factory's client while
/// fresh reads and writes go to DynamoDB. The "DAX" client here is a recording client of the same DynamoDB Local.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DaxReadPathTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CatalogReads_GoThroughTheDaxClient_FreshReadsAndWritesDoNot()
    {
        var factory = new RecordingDaxClientFactory(dynamo.Endpoint);
        using var services = await ServicesAsync(new Uri("daxs://gitgoods.abc123.dax-clusters.ap-southeast-1.amazonaws.com"), factory);
        var getProduct = FunctionManifest.Find("GetProduct")!.Create(services);
        var listProducts = FunctionManifest.Find("ListProducts")!.Create(services);
        var listPlatforms = FunctionManifest.Find("ListPlatforms")!.Create(services);

        await services.ProductWriter.AddAsync(Game("dax-1"), default);
        var fresh = await services.FreshProductCatalog.FindAsync("dax-1", default);
        factory.Operations.Should().BeEmpty("the write and the fresh read go to DynamoDB directly");

        var one = await Invocations.InvokeAsync(getProduct, Requests.Get("/api/products/dax-1", pathParameters: new() { ["id"] = "dax-1" }));
        var list = await Invocations.InvokeAsync(listProducts, Requests.Get("/api/products"));
        var platforms = await Invocations.InvokeAsync(listPlatforms, Requests.Get("/api/platforms"));

        fresh.Should().NotBeNull();
        one.StatusCode.Should().Be(200);
        one.Body.Should().Contain("\"id\":\"dax-1\"");
        list.Body.Should().Contain("\"id\":\"dax-1\"");
        platforms.Body.Should().Contain("\"platform\":\"PC\"");
        factory.Created.Should().ContainSingle("one DAX client per execution environment");
        factory.Operations.Should().Equal("GetItem", "Query", "Query");
    }

    [Fact]
    public async Task WithoutDaxEndpoint_TheFactoryIsNeverAsked_AndReadsStillWork()
    {
        var factory = new RecordingDaxClientFactory(dynamo.Endpoint);
        using var services = await ServicesAsync(daxEndpoint: null, factory);
        await services.ProductWriter.AddAsync(Game("plain-1"), default);

        var one = await Invocations.InvokeAsync(FunctionManifest.Find("GetProduct")!.Create(services),
            Requests.Get("/api/products/plain-1", pathParameters: new() { ["id"] = "plain-1" }));

        one.StatusCode.Should().Be(200);
        factory.Created.Should().BeEmpty();
        factory.Operations.Should().BeEmpty();
    }

    private async Task<FunctionServices> ServicesAsync(Uri? daxEndpoint, IDaxClientFactory factory)
    {
        var table = await dynamo.CreateTableAsync("dax");
        return new FunctionServices(new FunctionSettings(table, dynamo.Endpoint, "ap-southeast-1") { DaxEndpoint = daxEndpoint }, TimeProvider.System)
        {
            DaxClientFactory = factory,
        };
    }

    private static Product Game(string id) =>
        Product.Create(id, "Game " + id, "PC", "A game.", new Money(4999, "SGD"), 5, [], "seller-1", ProductStatus.Active, Launch, Launch);
}
