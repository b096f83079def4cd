using Amazon.CDK;

using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Infrastructure.Functions;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>
/// The managed platform list (decision 0033) reaches the functions that validate products (<c>SHOP_PLATFORMS</c>) and
/// the SPA's <c>/config.json</c> from one value: the built-in list, or the operator's context value.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class ManagedPlatformsConfigTests(SynthesizedGitGoods app)
{
    [Fact]
    public void ProductFunctions_GetTheBuiltInList_AndNoOtherFunctionDoes()
    {
        var checking = FunctionManifest.All.Where(f => f.Access.Platforms).Select(f => f.Name).ToList();

        checking.Should().BeEquivalentTo("CreateProduct", "UpdateProduct");
        foreach (var name in checking)
        {
            app.FunctionEnvironment(name)["SHOP_PLATFORMS"].Should().Be("\"" + ManagedPlatforms.Default + "\"");
        }

        app.FunctionEnvironment("ListProducts").Should().NotContainKey("SHOP_PLATFORMS");
        app.FunctionEnvironment("DeleteProduct").Should().NotContainKey("SHOP_PLATFORMS");
    }

    [Fact]
    public void ConfigJson_CarriesTheSameList()
    {
        app.Stack.Web!.Config["platforms"].Should().BeEquivalentTo(ManagedPlatforms.Default.Names, o => o.WithStrictOrdering());
        DeployedConfigJson(app).Should().Contain("\"platforms\":[\"PlayStation 5\",\"PlayStation 4\",\"Xbox Series X|S\",\"Nintendo Switch\",\"PC\",\"Steam Deck\"]");
    }

    /// <summary>The config.json file the site's deployment uploads, as synthesized into its asset.</summary>
    internal static string DeployedConfigJson(SynthesizedGitGoods synthesized)
    {
        var files = Directory.GetFiles(synthesized.Outdir, WebSiteFile, SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(text => text.Contains("\"userPoolClientId\"", StringComparison.Ordinal)).ToList();
        files.Should().ContainSingle("the site's deployment uploads one config.json");
        return files[0];
    }

    private const string WebSiteFile = "config.json";
}

/// <summary>An operator's list (context <c>platforms</c>) replaces the built-in one in both places.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class ConfiguredPlatformsTests(SynthesizedGitGoodsWithOptions app)
{
    [Fact]
    public void TheContextList_ReachesTheProductFunctions_AndConfigJson()
    {
        app.FunctionEnvironment("CreateProduct")["SHOP_PLATFORMS"].Should().Be("\"PC,Nintendo Switch 2,Sega Saturn\"");
        app.FunctionEnvironment("UpdateProduct")["SHOP_PLATFORMS"].Should().Be("\"PC,Nintendo Switch 2,Sega Saturn\"");
        app.Stack.Web!.Config["platforms"].Should().BeEquivalentTo(new[] { "PC", "Nintendo Switch 2", "Sega Saturn" }, o => o.WithStrictOrdering());
        ManagedPlatformsConfigTests.DeployedConfigJson(app).Should().Contain("\"platforms\":[\"PC\",\"Nintendo Switch 2\",\"Sega Saturn\"]");
    }
}

/// <summary>Reading the context value: a cdk.json array or a command-line string; a malformed list fails the synth.</summary>
public sealed class PlatformsContextTests
{
    [Fact]
    public void Absent_IsTheBuiltInList_AStringIsCommaSeparated_AndAnArrayIsTakenAsIs()
    {
        PlatformsContext.FromContext(Node(null)).Should().BeSameAs(ManagedPlatforms.Default);
        PlatformsContext.FromContext(Node("PC , Steam Deck")).Names.Should().Equal("PC", "Steam Deck");
        PlatformsContext.FromContext(Node(new object[] { "Nintendo Switch 2", "PC" })).Names.Should().Equal("Nintendo Switch 2", "PC");
    }

    [Theory]
    [InlineData("PC,pc", "*listed twice*")]
    [InlineData("PC,,Steam Deck", "*1–40 characters*")]
    public void AMalformedList_FailsNamingTheContextKey(string value, string why)
    {
        var read = () => PlatformsContext.FromContext(Node(value));

        read.Should().Throw<ArgumentException>().WithMessage("CDK context 'platforms'*").WithMessage(why);
    }

    [Fact]
    public void ANonStringEntry_OrANumber_Fails()
    {
        ((Action)(() => PlatformsContext.FromContext(Node(new object[] { "PC", 5d })))).Should().Throw<ArgumentException>().WithMessage("*must be a string*");
        ((Action)(() => PlatformsContext.FromContext(Node(5d)))).Should().Throw<ArgumentException>().WithMessage("*list of names*");
    }

    private static Constructs.Node Node(object? value)
    {
        var app = new App();
        if (value is not null)
        {
            app.Node.SetContext(PlatformsContext.ContextKey, value);
        }

        return app.Node;
    }
}
