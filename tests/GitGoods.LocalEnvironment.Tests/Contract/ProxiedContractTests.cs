using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Tests.Identity;
using Xunit.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Contract;

/// <summary>
/// The HTTP contract tests' traffic goes through Prism as a validating proxy: a journey over every operation of
/// docs/openapi.json and most of its statuses, with zero responses the document does not allow.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ProxiedContractTests(LocalEnvironmentFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AJourneyOverEveryOperation_ThroughTheValidatingProxy_HasNoResponseTheDocumentDoesNotAllow()
    {
        var stack = await fixture.OwnStackAsync("contract");
        var principals = await MatrixPrincipals.CreateAsync(stack);
        await using var proxy = await ContractProxy.StartAsync(ContractProxy.PublishedDocument, stack.BaseAddress);

        await new ContractJourney(stack, proxy, principals).RunAsync();

        var traffic = proxy.Traffic;
        output.WriteLine($"Prism checked {traffic.Exchanges.Count} requests over {traffic.StatusesByOperation.Count} operations; " +
            $"{traffic.ResponseViolations.Count} response violations; {traffic.Exchanges.Count(e => e.RequestViolations.Count > 0)} requests it found invalid (sent so on purpose).");
        foreach (var (operation, statuses) in traffic.StatusesByOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {operation}: {string.Join(", ", statuses)}");
        }

        traffic.ResponseViolations.Should().BeEmpty("every response must be one docs/openapi.json allows");
        traffic.Exchanges.Should().OnlyContain(e => e.OperationId != null, "the journey calls only documented operations");
        traffic.StatusesByOperation.Keys.Should().BeEquivalentTo(DocumentedOperations(), "the journey touches every operation");
    }

    private static IEnumerable<string> DocumentedOperations() =>
        JsonNode.Parse(File.ReadAllText(ContractProxy.PublishedDocument))!["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!["operationId"]!.GetValue<string>()));
}
