using GitGoods.Domain.Catalog.Platforms;
using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitGoods.LocalEnvironment.Tests.Configuration;

/// <summary>The local stack's managed platforms: <c>--platforms</c>, else <c>SHOP_PLATFORMS</c> (the functions' own variable), else the default list.</summary>
public sealed class PlatformsOptionTests
{
    [Fact]
    public void Platforms_DefaultToTheBuiltInList_AndComeFromArgsOverTheEnvironment()
    {
        LocalEnvironmentOptions.From([], Config(), "/tmp").Platforms.Should().BeSameAs(ManagedPlatforms.Default);
        LocalEnvironmentOptions.From([], Config(("SHOP_PLATFORMS", "PC,Sega Saturn")), "/tmp").Platforms.Names.Should().Equal("PC", "Sega Saturn");
        LocalEnvironmentOptions.From(["--platforms", "Steam Deck"], Config(("SHOP_PLATFORMS", "PC,Sega Saturn")), "/tmp").Platforms.Names
            .Should().Equal("Steam Deck");
    }

    [Fact]
    public void AMalformedList_IsRefusedAtStart_SayingWhy()
    {
        var read = () => LocalEnvironmentOptions.From(["--platforms", "PC,pc"], Config(), "/tmp");

        read.Should().Throw<InvalidOperationException>().WithMessage("--platforms must be a comma-separated list*listed twice*");
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
