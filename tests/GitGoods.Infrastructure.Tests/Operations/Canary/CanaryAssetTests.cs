using System.Text.Json;

using GitGoods.Infrastructure.Operations.Canary;
using GitGoods.TestSupport;

using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>
/// The code the canary ships: the staged asset holds the handler and the journey only, the handler reads the variables
/// the construct sets, and the journey's own Node.js tests (src/Infrastructure/canary/test) pass.
/// </summary>
public sealed class CanaryAssetTests(SynthesizedCanary app, ITestOutputHelper output) : IClassFixture<SynthesizedCanary>
{
    private static readonly string CanaryDirectory = Path.Combine(CdkTestApp.RepositoryRoot(), ShopJourneyCanary.DefaultCodeDirectory);

    [Fact]
    public void StagedAsset_HoldsTheNodejsModulesOnly_NotTheCliOrTheTests()
    {
        var staged = Directory.GetDirectories(app.Outdir, "asset.*")
            .Should().ContainSingle("the canary's code is the stack's only asset").Subject;

        Directory.GetFiles(staged, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staged, f).Replace('\\', '/'))
            .Should().BeEquivalentTo(
            [
                "nodejs/node_modules/journey-http.js",
                "nodejs/node_modules/journey-settle.js",
                "nodejs/node_modules/shop-journey.js",
                "nodejs/node_modules/shop-journey-canary.js",
            ]);
    }

    [Fact]
    public async Task Handler_ReadsExactlyTheVariablesTheConstructKnows()
    {
        var handler = Path.Combine(CanaryDirectory, "nodejs", "node_modules", ShopJourneyCanary.HandlerFile + ".js");

        var (exitCode, stdout, _) = await NodeAsync("-e", $"process.stdout.write(JSON.stringify(require({JsonSerializer.Serialize(handler)}).VARIABLES))");

        exitCode.Should().Be(0);
        JsonSerializer.Deserialize<Dictionary<string, string>>(stdout)!.Values.Should().BeEquivalentTo(CanaryVariables.All);
    }

    [Fact]
    public async Task JourneyNodeTests_Pass()
    {
        var (exitCode, stdout, stderr) = await NodeAsync("--test", Path.Combine(CanaryDirectory, "test"));

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        exitCode.Should().Be(0, "node --test src/Infrastructure/canary/test must pass:\n{0}", stdout);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> NodeAsync(params string[] arguments)
    {
        var result = await ExternalProgram.RunAsync("node", arguments, TimeSpan.FromMinutes(2), start => start.WorkingDirectory = CanaryDirectory);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
