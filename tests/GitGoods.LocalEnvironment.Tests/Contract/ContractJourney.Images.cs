using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    /// <summary>Seller images: a pre-signed upload (201), another type or too large (422), malformed (400), a shopper (403), anonymous (401).</summary>
    private async Task ImageUploadAsync()
    {
        static string Upload(string type, long length) => new JsonObject { ["contentType"] = type, ["contentLength"] = length }.ToJsonString();

        await Expect(201, HttpMethod.Post, "/api/seller/images", Seller, Upload("image/png", 1024));
        await Expect(422, HttpMethod.Post, "/api/seller/images", Seller, Upload("image/gif", 1024));
        await Expect(422, HttpMethod.Post, "/api/seller/images", Seller, Upload("image/jpeg", 2_097_153));
        await Expect(400, HttpMethod.Post, "/api/seller/images", Seller, "{\"contentType\":", contentType: "text/plain");
        await Expect(413, HttpMethod.Post, "/api/seller/images", Seller, "{\"contentType\":\"" + TooLong(70_000) + "\"}");
        await Expect(403, HttpMethod.Post, "/api/seller/images", _shopper, Upload("image/png", 1024));
        await Expect(401, HttpMethod.Post, "/api/seller/images", null, Upload("image/png", 1024));
    }
}
