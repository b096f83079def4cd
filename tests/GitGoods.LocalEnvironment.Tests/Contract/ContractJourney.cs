using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Tests.Identity;
using GitGoods.LocalEnvironment.Tests.Orders;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Contract;

/// <summary>
/// A shop's day through the validating proxy, over every operation of the document and most of its statuses: each call
/// states the status it expects, so the journey also proves the statuses it claims to cover really came back.
/// The steps live in the partial files beside this one (catalogue, cart, seller, orders, admin).
/// </summary>
internal sealed partial class ContractJourney(LocalEnvironmentHost stack, ContractProxy proxy, MatrixPrincipals principals)
{
    private readonly string _shopper = "Bearer " + OrderApi.ShopperToken(stack, "contract-" + Guid.NewGuid().ToString("N"));

    private string Seller => principals.AuthorizationFor(Principal.Seller)!;

    private string AnotherSeller => principals.AuthorizationFor(Principal.AnotherSeller)!;

    private string Admin => principals.AuthorizationFor(Principal.Admin)!;

    public async Task RunAsync()
    {
        await CatalogueAsync();
        await ProfileAsync();
        var lowStock = await SellerProductsAsync();
        await AnonymousCartAsync(lowStock);
        await SignedInCartAsync();
        var orderId = await OrdersAsync(lowStock);
        await FulfilmentAsync(orderId);
        await AdminAsync();
        await SalesReportAsync();
        await ImageUploadAsync();
        await WaitingRoomAsync(lowStock);
    }

    private async Task ProfileAsync()
    {
        await Expect(200, HttpMethod.Get, "/api/me", _shopper);
        await Expect(401, HttpMethod.Get, "/api/me");
        await Expect(401, HttpMethod.Get, "/api/me", principals.AuthorizationFor(Principal.ExpiredToken));
        await Expect(401, HttpMethod.Get, "/api/me", principals.AuthorizationFor(Principal.ForeignKeyToken));
    }

    /// <summary>Sends one request through the proxy and asserts its status; returns the body (null when empty) and the response headers.</summary>
    private async Task<(JsonNode? Body, HttpResponseHeaders Headers)> Expect(int status, HttpMethod method, string path, string? authorization = null,
        string? body = null, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            // ASCII JSON without spaces: Prism parses a JSON body and forwards it re-serialized, byte for byte the same.
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
            request.Content.Headers.ContentType!.CharSet = null;
        }

        using var response = await proxy.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, $"{method} {path} answered {text}");
        return (text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    private static string Json(JsonObject body) => body.ToJsonString();

    private static Dictionary<string, string> Header(string name, string value) => new(StringComparer.Ordinal) { [name] = value };

    private static string TooLong(int length) => new('x', length);
}
