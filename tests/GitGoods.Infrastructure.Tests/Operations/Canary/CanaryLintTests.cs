using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>The canary's test stack passes cfn-lint with the repository's settings (the canary is not in the app yet).</summary>
public sealed class CanaryLintTests(SynthesizedCanary app, ITestOutputHelper output) : IClassFixture<SynthesizedCanary>
{
    [Fact]
    public async Task CanaryStack_HasNoCfnLintError()
    {
        var lint = await CfnLint.RunAsync([app.TemplatePath]);

        output.WriteLine(lint.Output);
        lint.Errors.Select(e => e.Line).Should().BeEmpty("cfn-lint must find no error in the canary's template");
    }
}
