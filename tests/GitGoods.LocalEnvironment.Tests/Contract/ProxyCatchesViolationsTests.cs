using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Contract;

/// <summary>
/// The proxy is only worth its silence if it speaks up: against a copy of the document broken on purpose, the same
/// stack's answers must come back as response violations (a body that breaks its schema, a status not listed), while
/// an operation left intact stays clean.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ProxyCatchesViolationsTests(LocalEnvironmentFixture fixture) : IDisposable
{
    private readonly string _broken = Path.Combine(Path.GetTempPath(), $"openapi-broken-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task AgainstABrokenDocument_TheProxyReportsTheResponsesItNoLongerAllows()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(ContractProxy.PublishedDocument))!;
        // The health body must now say "healthy" (the stack says "ok"), a problem must carry an "instance" (none does), and
        // GET /api/products/{id} no longer lists 404.
        document["components"]!["schemas"]!["Health"]!["properties"]!["status"]!["const"] = "healthy";
        document["components"]!["schemas"]!["Problem"]!["required"]!.AsArray().Add("instance");
        document["paths"]!["/api/health"]!["get"]!["responses"]!["200"]!["headers"] = new JsonObject
        {
            ["X-Not-Sent"] = new JsonObject { ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } },
        };
        document["paths"]!["/api/products/{id}"]!["get"]!["responses"]!.AsObject().Remove("404");
        await File.WriteAllTextAsync(_broken, document.ToJsonString());
        await using var proxy = await ContractProxy.StartAsync(_broken, fixture.Stack.BaseAddress);

        (await proxy.Client.GetAsync("/api/health")).Dispose();
        (await proxy.Client.GetAsync("/api/products/no-such-game")).Dispose();
        (await proxy.Client.GetAsync("/api/products?limit=0")).Dispose();
        (await proxy.Client.GetAsync("/api/platforms")).Dispose();

        var byOperation = proxy.Traffic.Exchanges.ToDictionary(e => e.OperationId!, StringComparer.Ordinal);
        byOperation["Health"].ResponseViolations.Should().HaveCount(2).And.Contain(v => v.Contains("response.body.status"))
            .And.Contain(v => v.Contains("x-not-sent", StringComparison.OrdinalIgnoreCase));
        byOperation["GetProduct"].Status.Should().Be(404);
        byOperation["GetProduct"].ResponseViolations.Should().ContainSingle().Which.Should().Contain("Unable to match the returned status code");
        byOperation["ListProducts"].Status.Should().Be(400);
        byOperation["ListProducts"].ResponseViolations.Should().ContainSingle().Which.Should().Contain("instance");
        byOperation["ListPlatforms"].ResponseViolations.Should().BeEmpty();
        proxy.Traffic.ResponseViolations.Should().HaveCount(4);
    }

    public void Dispose() => File.Delete(_broken);
}
