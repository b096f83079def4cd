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
}
