using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    /// <summary>The seller's console: list, create (201, 422, 400), patch (200, 412, 404, 422), delete (412, 204). Returns a product with 3 units.</summary>
    private async Task<string> SellerProductsAsync()
    {
        await Expect(200, HttpMethod.Get, "/api/seller/products?limit=5", Seller);
        await Expect(403, HttpMethod.Get, "/api/seller/products", _shopper);
        await Expect(403, HttpMethod.Get, "/api/seller/products?sellerId=someone-else", Seller);
        await Expect(401, HttpMethod.Get, "/api/seller/products");
        await Expect(400, HttpMethod.Get, "/api/seller/products?limit=101", Seller);

        var (created, headers) = await Expect(201, HttpMethod.Post, "/api/seller/products", Seller, Json(NewProduct(stock: 3)));
        var id = created!["id"]!.GetValue<string>();
        var version = headers.ETag!.ToString();
        await Expect(422, HttpMethod.Post, "/api/seller/products", Seller, Json(new JsonObject { ["title"] = "", ["stock"] = -1 }));
        await Expect(400, HttpMethod.Post, "/api/seller/products", Seller, "{\"title\":", contentType: "text/plain");
        await Expect(400, HttpMethod.Post, "/api/seller/products", Seller, Json(new JsonObject { ["title"] = 7 }));
        await Expect(403, HttpMethod.Post, "/api/seller/products", _shopper, Json(NewProduct(stock: 1)));

        await Expect(200, HttpMethod.Patch, "/api/seller/products/" + id, Seller, Json(new JsonObject { ["description"] = "Three left." }),
            Header("If-Match", version));
        await Expect(412, HttpMethod.Patch, "/api/seller/products/" + id, Seller, Json(new JsonObject { ["stock"] = 9 }), Header("If-Match", version));
        await Expect(422, HttpMethod.Patch, "/api/seller/products/" + id, Seller, Json(new JsonObject { ["price"] = new JsonObject { ["amount"] = 0 } }));
        await Expect(404, HttpMethod.Patch, "/api/seller/products/" + id, AnotherSeller, Json(new JsonObject { ["stock"] = 9 }));
        await Expect(404, HttpMethod.Patch, "/api/seller/products/" + TooLong(200), Seller, Json(new JsonObject { ["stock"] = 9 }));
        await Expect(400, HttpMethod.Patch, "/api/seller/products/" + id, Seller, Json(new JsonObject { ["stock"] = "nine" }));
        await Expect(413, HttpMethod.Patch, "/api/seller/products/" + id, Seller, Json(new JsonObject { ["description"] = TooLong(70_000) }));

        var (doomed, doomedHeaders) = await Expect(201, HttpMethod.Post, "/api/seller/products", Seller, Json(NewProduct(stock: 5)));
        var doomedId = doomed!["id"]!.GetValue<string>();
        await Expect(412, HttpMethod.Delete, "/api/seller/products/" + doomedId, Seller, headers: Header("If-Match", "\"999\""));
        await Expect(204, HttpMethod.Delete, "/api/seller/products/" + doomedId, Seller, headers: Header("If-Match", doomedHeaders.ETag!.ToString()));
        await Expect(204, HttpMethod.Delete, "/api/seller/products/" + doomedId, Seller);
        await Expect(404, HttpMethod.Delete, "/api/seller/products/" + doomedId, AnotherSeller);
        await Expect(404, HttpMethod.Get, "/api/products/" + doomedId);
        return id;
    }

    private static JsonObject NewProduct(int stock) => new()
    {
        ["title"] = "Contract Edition " + Guid.NewGuid().ToString("N")[..6],
        ["platform"] = "PC",
        ["description"] = "A game sold to test the contract.",
        ["price"] = new JsonObject { ["amount"] = 2500, ["currency"] = "SGD" },
        ["stock"] = stock,
        ["images"] = new JsonArray("https://images.gitgoods.test/contract.png"),
    };
}
