using GitGoods.Infrastructure.Delivery;
using GitGoods.Infrastructure.Standby;

using Xunit.Abstractions;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole CDK app (every stack Program.cs defines, written as <c>cdk synth</c> writes cdk.out) passes cfn-lint: no error,
/// such as a Lambda runtime whose function creation AWS has disabled (E2533). "Every template" means every file the synth
/// writes: the top-level stacks, the pipeline's stage stacks in their nested cloud assemblies (<c>assembly-*/</c>), the
/// cross-region support stacks, and nested stack templates (<c>*.nested.template.json</c>), which are no stack artifacts.
/// </summary>
public sealed class WholeAppLintTests(ITestOutputHelper output)
{
    private const string PipelineAccount = "111111111111";

    /// <param name="dax">The catalogue cache switch, which adds a VPC and a DAX cluster.</param>
    /// <param name="pipeline">
    /// With the delivery pipeline (it needs an account): its stages hold the shop twice more, which roughly triples the synth and
    /// the lint, so only one case has it; the stage stacks are the same code as the direct stacks the other case lints.
    /// </param>
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task EveryTemplateOfTheApp_HasNoCfnLintError(bool dax, bool pipeline)
    {
        using var bootstrap = new TempBootstrap();
        var outdir = Directory.CreateTempSubdirectory("gitgoods-cdk-out-").FullName;
        try
        {
            // As Program.cs builds it: the edge stack in us-east-1, the main stack in the shop's region and the standby in the
            // context's standby region (so the cross-region references' own custom resources are linted too), and the pipeline
            // when its account is known.
            var context = new Dictionary<string, object>(StringComparer.Ordinal);
            if (dax)
            {
                // The options that add resources: the cache, and the API's DNS failover between the regions.
                context["dax"] = "true";
                context["failoverHostedZoneId"] = "Z0123456789ABCDEFGHIJ";
                context["failoverZoneName"] = "example.com";
            }

            if (pipeline)
            {
                context[DeliveryPipelineSettings.AccountContextKey] = PipelineAccount;
            }

            var app = CdkTestApp.Create(bootstrap.Directory, outdir: outdir, extraContext: context);
            // The standby region from the context (default ap-southeast-2), as Program.cs reads it.
            var target = DeploymentTarget.FromCdkEnvironment(app.Node) with { Account = null, Region = SynthesizedGitGoods.Region };
            _ = GitGoodsApp.Compose(app, target);
            (DeliveryPipelineStack.Compose(app, target) is not null).Should().Be(pipeline);
            var assembly = app.Synth();

            var templates = Directory.GetFiles(outdir, "*.template.json", SearchOption.AllDirectories);
            templates.Should().Contain(assembly.StacksRecursively.Select(s => s.TemplateFullPath), "every stack's template is linted");
            if (pipeline)
            {
                templates.Should().Contain(t => t.Contains($"{Path.DirectorySeparatorChar}assembly-", StringComparison.Ordinal),
                    "the pipeline's stage stacks are linted too");
            }

            var lint = await CfnLint.RunAsync(templates);
            output.WriteLine($"cfn-lint on {templates.Length} templates: {lint.Errors.Count} error(s), {lint.Warnings.Count} other finding(s) (exit code {lint.ExitCode}).");
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
