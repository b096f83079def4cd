using System.Text.Json;
using GitGoods.Catalog.ListSellerProducts;
using GitGoods.Domain.Catalog;
using GitGoods.Functions.Tests.Fakes;

namespace GitGoods.Functions.Tests.Catalog;

public class ListSellerProductsHandlerTests
{
    private readonly ListSellerProductsHandler _handler = new(new InMemoryProductCatalog(
        Requests.Product("mine", 1, sellerId: "s-1"),
        Requests.Product("mine-unlisted", 2, ProductStatus.Unlisted, sellerId: "s-1"),
        Requests.Product("theirs", 3, sellerId: "s-2")));

    [Fact]
    public async Task Handle_Seller_GetsOwnProductsInEveryStatus()
    {
        var response = await _handler.HandleAsync(Requests.SignedIn(Requests.Get("/api/seller/products"), "s-1", "sellers"), Requests.Context, default);

        response.StatusCode.Should().Be(200);
        Ids(response.Body!).Should().Equal("mine-unlisted", "mine");
    }

    [Fact]
    public async Task Handle_SellerNamingAnotherSeller_Is403()
    {
        var request = Requests.SignedIn(Requests.Get("/api/seller/products", new() { ["sellerId"] = "s-2" }), "s-1", "sellers");

        var response = await _handler.HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task Handle_AdminNamingASeller_GetsThatSellersProducts()
    {
        var request = Requests.SignedIn(Requests.Get("/api/seller/products", new() { ["sellerId"] = "s-2" }), "a-1", "admins");

        var response = await _handler.HandleAsync(request, Requests.Context, default);

        Ids(response.Body!).Should().Equal("theirs");
    }

    [Fact]
    public async Task Handle_BadLimit_Is400()
    {
        var request = Requests.SignedIn(Requests.Get("/api/seller/products", new() { ["limit"] = "500" }), "s-1", "sellers");

        (await _handler.HandleAsync(request, Requests.Context, default)).StatusCode.Should().Be(400);
    }

    private static List<string?> Ids(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
}
