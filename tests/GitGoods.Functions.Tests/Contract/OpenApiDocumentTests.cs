using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.Catalog;
using GitGoods.Catalog.ListPlatforms;
using GitGoods.Manifest;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Http;

namespace GitGoods.Functions.Tests.Contract;

/// <summary>docs/openapi.json is the published contract: it must list exactly the catalogue's routes and fields.</summary>
public class OpenApiDocumentTests
{
    private static readonly JsonNode Document = OpenApiContract.Document;

    [Fact]
    public void Operations_AreExactlyTheManifestRoutes()
    {
        var documented = Document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op =>
                $"{op.Key.ToUpperInvariant()} {path.Key} -> {op.Value!["operationId"]!.GetValue<string>()}"));
        // API Gateway's $default route (unmatched paths answer 404/405 problem details) is no operation of the API.
        var catalogue = FunctionManifest.All
            .Where(f => f.Trigger is HttpRouteTrigger route && route.RouteKey != "$default")
            .Select(f => $"{((HttpRouteTrigger)f.Trigger).RouteKey} -> {f.Name}");

        documented.Should().BeEquivalentTo(catalogue);
    }

    [Fact]
    public void EveryOperation_ListsTheEdgeAnswers_403FromTheOriginCheckAnd429FromTheRateRule()
    {
        // Every HTTP function sits behind OriginVerification (403 around CloudFront) and every request behind the rate
        // rule (WAF on AWS, the limiter locally): 429 with Retry-After.
        var operations = Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()).ToList();

        operations.Should().NotBeEmpty();
        foreach (var (method, operation) in operations)
        {
            var responses = operation!["responses"]!.AsObject();
            responses.Should().ContainKey("403", $"{method} {operation["operationId"]} may be refused by the origin check");
            responses["429"]?["$ref"]?.GetValue<string>().Should().Be("#/components/responses/Throttled", $"{operation["operationId"]} may be throttled");
        }

        Document["components"]!["responses"]!["Throttled"]!["headers"]!["Retry-After"].Should().NotBeNull();
    }

    [Fact]
    public void Security_IsDeclaredOnExactlyTheRoutesThatNeedAToken()
    {
        // An optional token is written as OpenAPI does: an empty requirement ({}) beside the bearer one.
        var secured = Operations()
            .Where(op => op.Security is { } security && !security.Any(r => r!.AsObject().Count == 0))
            .Select(op => op.RouteKey);
        var needToken = FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>()
            .Where(r => r.RequiresToken).Select(r => r.RouteKey);

        secured.Should().BeEquivalentTo(needToken);
    }

    [Fact]
    public void OptionalSecurity_IsDeclaredOnExactlyTheOptionalIdentityRoutes()
    {
        var optional = Operations()
            .Where(op => op.Security is { } security && security.Any(r => r!.AsObject().Count == 0) && security.Count == 2)
            .Select(op => op.RouteKey);
        var optionalIdentity = FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>()
            .Where(r => r.Access == RouteAccess.OptionalIdentity).Select(r => r.RouteKey);

        optional.Should().BeEquivalentTo(optionalIdentity);
    }

    [Fact]
    public void CartSchemas_NameExactlyTheFieldsTheFunctionsWrite()
    {
        var cart = GitGoods.Cart.CartResponse.From(null, GitGoods.Domain.Cart.PricedCart.Price(
            GitGoods.Domain.Cart.ShoppingCart.Restore(GitGoods.Domain.Cart.CartOwner.User("u"), [new("p", 1)], DateTimeOffset.UnixEpoch),
            new Dictionary<string, GitGoods.Domain.Catalog.Product>(StringComparer.Ordinal) { ["p"] = Requests.Product("p") }, "SGD"));
        var json = JsonNode.Parse(JsonSerializer.Serialize(cart, FunctionsJsonContext.Default.CartResponse))!.AsObject();

        json.Select(p => p.Key).Should().BeEquivalentTo(SchemaFields("Cart")).And.BeEquivalentTo(RequiredFields("Cart"));
        json["items"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(SchemaFields("CartLine"))
            .And.BeEquivalentTo(RequiredFields("CartLine"));
    }

    private static IEnumerable<(string RouteKey, JsonArray? Security)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!["security"] as JsonArray)));

    [Fact]
    public void ProfileSchema_NamesExactlyTheFieldsTheFunctionWrites()
    {
        var json = JsonSerializer.Serialize(new GitGoods.Identity.GetProfile.ProfileResponse("u", "e", "n", ["g"]),
            FunctionsJsonContext.Default.ProfileResponse);

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("Profile"));
    }

    [Fact]
    public void ProductSchema_NamesExactlyTheFieldsTheFunctionsWrite()
    {
        var json = JsonSerializer.Serialize(ProductResponse.From(Requests.Product("p")), FunctionsJsonContext.Default.ProductResponse);

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("Product"));
        SchemaFields("Product").Should().BeEquivalentTo(RequiredFields("Product"));
    }

    [Fact]
    public void PageAndPlatformSchemas_NameExactlyTheFieldsTheFunctionsWrite()
    {
        var page = JsonSerializer.Serialize(new PageResponse<ProductResponse>([], null), FunctionsJsonContext.Default.PageResponseProductResponse);
        var platforms = JsonSerializer.Serialize(new PlatformsResponse([]), FunctionsJsonContext.Default.PlatformsResponse);
        var count = JsonSerializer.Serialize(new PlatformCountResponse("PC", 1), FunctionsJsonContext.Default.PlatformCountResponse);

        FieldsOf(page).Should().BeEquivalentTo(SchemaFields("ProductPage"));
        FieldsOf(platforms).Should().BeEquivalentTo(SchemaFields("Platforms"));
        FieldsOf(count).Should().BeEquivalentTo(SchemaFields("PlatformCount"));
    }

    [Fact]
    public void ProductInputSchema_NamesExactlyTheFieldsTheFunctionsRead()
    {
        var json = JsonSerializer.Serialize(new GitGoods.Catalog.SellerProducts.ProductInput("t", "p", "d", new("1".Length, "SGD"), 1, [], "ACTIVE"),
            FunctionsJsonContext.Default.ProductInput);

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("ProductInput"));
    }

    [Fact]
    public void ListProducts_DocumentsEveryQueryParameterTheFunctionReads()
    {
        var parameters = Document["paths"]!["/api/products"]!["get"]!["parameters"]!.AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>());

        parameters.Should().BeEquivalentTo("q", "platform", "minPrice", "maxPrice", "inStock", "sort", "limit", "cursor");
    }

    [Fact]
    public void ProblemSchema_NamesExactlyTheFieldsOfAProblem()
    {
        var problem = new ProblemDetails("t", "Bad Request", 400, "d", "r", new Dictionary<string, string[]>(StringComparer.Ordinal) { ["f"] = ["m"] });
        var json = JsonSerializer.Serialize(problem, FunctionsJsonContext.Default.ProblemDetails);

        FieldsOf(json).Should().BeEquivalentTo(SchemaFields("Problem"));
    }

    private static IEnumerable<string> FieldsOf(string json) => JsonNode.Parse(json)!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> SchemaFields(string schema) => OpenApiContract.SchemaFields(schema);

    private static IEnumerable<string> RequiredFields(string schema) => OpenApiContract.RequiredFields(schema);
}
