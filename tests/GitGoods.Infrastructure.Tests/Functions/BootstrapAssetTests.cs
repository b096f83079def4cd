using System.Xml.Linq;

using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure.Tests.Functions;

public sealed class BootstrapAssetTests
{
    [Fact]
    public void Synth_WithoutPublishedBootstrap_FailsNamingThePublishCommand()
    {
        using var empty = new TempBootstrap(withExecutable: false);
        var app = CdkTestApp.Create(empty.Directory);

        var build = () => new GitGoodsStack(app, "NoBootstrap");

        build.Should().Throw<InvalidOperationException>()
            .WithMessage($"*'bootstrap'*{empty.Directory}*{BootstrapAsset.PublishCommand}*");
    }

    [Fact]
    public void InfrastructureProject_DoesNotReferenceTheBootstrapProject()
    {
        // The bootstrap reaches the stack as a published asset directory, never as a project reference.
        var project = XDocument.Load(Path.Combine(
            CdkTestApp.RepositoryRoot(), "src", "Infrastructure", "GitGoods.Infrastructure", "GitGoods.Infrastructure.csproj"));

        project.Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include"))
            .Should().NotContain(r => r != null && r.Contains("GitGoods.Bootstrap", StringComparison.OrdinalIgnoreCase));
    }
}
