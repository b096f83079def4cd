using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole CDK app (every stack <see cref="GitGoodsApp"/> defines, written as <c>cdk synth</c> writes cdk.out) passes
/// cfn-lint: no error, such as a Lambda runtime whose function creation AWS has disabled (E2533).
/// </summary>
public sealed class WholeAppLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryTemplateOfTheApp_HasNoCfnLintError()
    {
        using var bootstrap = new TempBootstrap();
        var outdir = Directory.CreateTempSubdirectory("gitgoods-cdk-out-").FullName;
        try
        {
            var app = CdkTestApp.Create(bootstrap.Directory, outdir: outdir);
            GitGoodsApp.AddStacks(app);
            var assembly = app.Synth();

            var templates = Directory.GetFiles(outdir, "*.template.json", SearchOption.AllDirectories);
            templates.Should().NotBeEmpty()
                .And.BeEquivalentTo(assembly.StacksRecursively.Select(s => s.TemplateFullPath), "every stack's template is linted");

            var lint = await CfnLint.RunAsync(templates);
            output.WriteLine($"cfn-lint: {lint.Errors.Count} error(s), {lint.Warnings.Count} other finding(s) (exit code {lint.ExitCode}).");
            output.WriteLine(lint.Output);
            lint.Errors.Select(e => e.Line).Should().BeEmpty(
                "cfn-lint must find no error in the synthesized templates; it reported:{0}{1}",
                System.Environment.NewLine, string.Join(System.Environment.NewLine, lint.Errors.Select(e => e.Line)));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
