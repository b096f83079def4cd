using System.Text.Json.Nodes;
using GitGoods.Http;
using GitGoods.Manifest;

namespace GitGoods.Functions.Tests.Contract;

/// <summary>
/// The answers every route can give whatever its handler does, listed by every operation of docs/openapi.json:
/// <see cref="DependencyFaults"/> (503 with Retry-After), the bounds on query values and headers (400),
/// <see cref="RequestBounds"/> on path parameters (404), and every error as problem details but the authorizer's 401.
/// </summary>
public class OpenApiStatusTests
{
    private const string ProblemJson = "application/problem+json";

    public static TheoryData<string> OperationIds() => [.. Operations().Select(op => op.Id)];

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryOperation_Lists503WithRetryAfter_AsProblemDetails(string operationId)
    {
        var unavailable = Response(operationId, "503");

        unavailable.Should().NotBeNull($"{operationId} sits behind DependencyFaults, which answers 503 when a dependency is down");
        unavailable!["headers"]?["Retry-After"]?["required"]?.GetValue<bool>().Should().BeTrue($"{operationId}'s 503 always says when to retry");
        unavailable["content"]!.AsObject().Select(c => c.Key).Should().Equal(ProblemJson);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryOperation_Lists400ForAMalformedOrOversizedQueryValueOrHeader(string operationId) =>
        ContentTypes(Response(operationId, "400")).Should().Equal([ProblemJson], $"{operationId} refuses a hostile query value or header with 400");

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryOperationWithAPathParameter_Lists404_AndBoundsTheIdAsRequestBoundsDoes(string operationId)
    {
        var operation = Operations().Single(op => op.Id == operationId);
        var pathParameters = Parameters(operation.Node).Where(p => p["in"]!.GetValue<string>() == "path").ToList();
        if (pathParameters.Count == 0)
        {
            operation.Path.Should().NotContain("{", "a templated path declares its parameters");
            return;
        }

        ContentTypes(Response(operationId, "404")).Should().Equal([ProblemJson], $"{operationId} answers 404 for an id that cannot be one");
        foreach (var parameter in pathParameters)
        {
            parameter["schema"]!["maxLength"]!.GetValue<int>().Should().Be(RequestBounds.MaxIdLength);
            parameter["schema"]!["minLength"]!.GetValue<int>().Should().Be(1);
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void EveryErrorResponse_IsProblemDetails_ButTheAuthorizers401AndTheWebAclsOwnBodies(string operationId)
    {
        var operation = Operations().Single(op => op.Id == operationId);
        var route = Route(operation);
        foreach (var (status, _) in operation.Node["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
        {
            var types = ContentTypes(Response(operationId, status));
            if (status == "401" && route.RequiresToken)
            {
                // API Gateway's JWT authorizer answers before any function runs: {"message":"Unauthorized"}.
                Response(operationId, status)!["content"]!["application/json"]!["schema"]!["properties"]!["message"]!["const"]!
                    .GetValue<string>().Should().Be("Unauthorized");
                types.Should().Equal("application/json");
            }
            else if (status is "413" or "429")
            {
                // The function's (or the local edge's) problem details, and on AWS the web ACL's own application/json body.
                types.Should().BeEquivalentTo([ProblemJson, "application/json"], $"{operationId} {status}");
            }
            else
            {
                types.Should().Equal([ProblemJson], $"{operationId} {status} is written by a function, as problem details");
            }
        }
    }

    [Fact]
    public void OptionalIdentityRoutes_List401AsProblemDetails_ForABadOrOversizedToken()
    {
        var optional = Operations().Where(op => Route(op).Access == RouteAccess.OptionalIdentity).ToList();

        optional.Should().NotBeEmpty();
        foreach (var operation in optional)
        {
            ContentTypes(Response(operation.Id, "401")).Should().Equal([ProblemJson], $"{operation.Id} verifies a sent token itself");
        }
    }

    [Fact]
    public void EveryStringParameter_IsBounded()
    {
        // Hostile input is refused by its length first: a string parameter the document leaves unbounded is one a client
        // could not know the limit of. Enums, patterns and $refs bound themselves.
        foreach (var operation in Operations())
        {
            foreach (var parameter in Parameters(operation.Node))
            {
                var schema = parameter["schema"]!.AsObject();
                var bounded = schema.ContainsKey("maxLength") || schema.ContainsKey("pattern") || schema.ContainsKey("enum")
                    || schema.ContainsKey("$ref") || schema["type"]?.GetValue<string>() is "integer" or "boolean";
                bounded.Should().BeTrue($"{operation.Id}'s {parameter["in"]} parameter {parameter["name"]} states its bound");
            }
        }
    }

    private sealed record Operation(string Id, string Method, string Path, JsonObject Node);

    private static IEnumerable<Operation> Operations() =>
        OpenApiContract.Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op =>
            new Operation(op.Value!["operationId"]!.GetValue<string>(), op.Key.ToUpperInvariant(), path.Key, op.Value.AsObject())));

    private static IEnumerable<JsonNode> Parameters(JsonObject operation) => operation["parameters"]?.AsArray().Select(p => p!) ?? [];

    private static HttpRouteTrigger Route(Operation operation) =>
        FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().SingleOrDefault(r => r.RouteKey == $"{operation.Method} {operation.Path}")
        ?? new HttpRouteTrigger(operation.Method, operation.Path, operation.Node["security"] is null ? RouteAccess.Public : RouteAccess.SignedIn);

    /// <summary>The operation's response for <paramref name="status"/>, its <c>$ref</c> to a component resolved; null when not listed.</summary>
    private static JsonNode? Response(string operationId, string status)
    {
        var response = Operations().Single(op => op.Id == operationId).Node["responses"]![status];
        return response?["$ref"] is JsonValue reference
            ? OpenApiContract.Document["components"]!["responses"]![reference.GetValue<string>()["#/components/responses/".Length..]]
            : response;
    }

    private static List<string> ContentTypes(JsonNode? response) =>
        response?["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
}
