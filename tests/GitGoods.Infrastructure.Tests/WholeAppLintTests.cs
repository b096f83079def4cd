using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole CDK app (every stack <see cref="GitGoodsApp"/> defines, written as <c>cdk synth</c> writes cdk.out) passes
/// cfn-lint: no error, such as a Lambda runtime whose function creation AWS has disabled (E2533).
/// </summary>
public sealed class WholeAppLintTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryTemplateOfTheApp_HasNoCfnLintError(bool dax)
    {
        using var bootstrap = new TempBootstrap();
        var outdir = Directory.CreateTempSubdirectory("gitgoods-cdk-out-").FullName;
        try
        {
            // As `cdk synth` builds it: the edge stack in us-east-1 and the main stack in the shop's region, so the
            // cross-region reference's own custom resources are linted too; with the DAX switch on and off.
            var context = dax ? new Dictionary<string, object> { ["dax"] = "true" } : null;
            var app = CdkTestApp.Create(bootstrap.Directory, outdir: outdir, extraContext: context);
            _ = GitGoodsApp.Compose(app, DeploymentTarget.FromCdkEnvironment());
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
