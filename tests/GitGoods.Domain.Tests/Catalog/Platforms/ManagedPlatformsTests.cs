using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.Domain.Tests.Catalog.Platforms;

/// <summary>The managed platform list: exact matching, the configured override and its rules, and the aliases the migration maps.</summary>
public class ManagedPlatformsTests
{
    [Fact]
    public void Default_IsTheDemoCataloguesSixPlatforms_InTheFormsOrder()
    {
        ManagedPlatforms.Default.Names.Should().Equal(
            "PlayStation 5", "PlayStation 4", "Xbox Series X|S", "Nintendo Switch", "PC", "Steam Deck");
        ManagedPlatforms.Default.ToString().Should().Be("PlayStation 5,PlayStation 4,Xbox Series X|S,Nintendo Switch,PC,Steam Deck");
    }

    [Theory]
    [InlineData("Nintendo Switch", true)]
    [InlineData("  Nintendo Switch ", true)]
    [InlineData("PC", true)]
    [InlineData("Switch", false)]
    [InlineData("nintendo switch", false)]
    [InlineData("Nintendo  Switch", false)]
    [InlineData("PS5", false)]
    [InlineData("Sega Saturn", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Contains_IsExactAfterTrimming(string? platform, bool managed) =>
        ManagedPlatforms.Default.Contains(platform).Should().Be(managed);

    [Fact]
    public void Parse_ReadsACommaSeparatedList_TrimmingEachName_AndBlankMeansTheDefault()
    {
        var configured = ManagedPlatforms.Parse(" Nintendo Switch 2 , PC,Sega Saturn ");

        configured.Names.Should().Equal("Nintendo Switch 2", "PC", "Sega Saturn");
        configured.Contains("Sega Saturn").Should().BeTrue();
        configured.Contains("PlayStation 5").Should().BeFalse();
        ManagedPlatforms.Parse(null).Should().BeSameAs(ManagedPlatforms.Default);
        ManagedPlatforms.Parse("  ").Should().BeSameAs(ManagedPlatforms.Default);
    }

    [Theory]
    [InlineData("PC,,Steam Deck", "1–40 characters")]
    [InlineData("PC, ", "1–40 characters")]
    [InlineData("PC,Nintendo\u0007Switch", "control characters")]
    [InlineData("PC,pc", "listed twice")]
    [InlineData("Nintendo Switch,nintendo-switch", "listed twice")]
    public void Parse_RefusesAMalformedList_SayingWhy(string configured, string why)
    {
        var parse = () => ManagedPlatforms.Parse(configured);

        parse.Should().Throw<ArgumentException>().WithMessage($"*{why}*");
    }

    [Fact]
    public void Of_RefusesANameOverTheProductsLimit_AndAnEmptyList()
    {
        ManagedPlatforms.Of([new string('p', Product.MaxPlatformLength)]).Names.Should().HaveCount(1);
        FluentOf([new string('p', Product.MaxPlatformLength + 1)]).Should().Throw<ArgumentException>();
        FluentOf(["a,b"]).Should().Throw<ArgumentException>().WithMessage("*without commas*");
        FluentOf([]).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Theory]
    [InlineData("Nintendo Switch", "Nintendo Switch")]
    [InlineData(" nintendo switch ", "Nintendo Switch")]
    [InlineData("Switch", "Nintendo Switch")]
    [InlineData("NSW", "Nintendo Switch")]
    [InlineData("PS5", "PlayStation 5")]
    [InlineData("playstation-5", "PlayStation 5")]
    [InlineData("ps4", "PlayStation 4")]
    [InlineData("XBOX Series X", "Xbox Series X|S")]
    [InlineData("Xbox Series X/S", "Xbox Series X|S")]
    [InlineData("XSX", "Xbox Series X|S")]
    [InlineData("Windows", "PC")]
    [InlineData("steamdeck", "Steam Deck")]
    [InlineData("Xbox", null)]
    [InlineData("Steam", null)]
    [InlineData("Sega Saturn", null)]
    [InlineData("---", null)]
    [InlineData(null, null)]
    public void Canonical_MapsSpellingsAndKnownAliases_AndLeavesTheAmbiguousUnmapped(string? platform, string? canonical) =>
        ManagedPlatforms.Default.Canonical(platform).Should().Be(canonical);

    [Fact]
    public void Canonical_MapsAnAliasOnlyToAManagedName_AndTakesTheOperatorsExtraAliases()
    {
        var configured = ManagedPlatforms.Parse("PC,Nintendo Switch 2");
        var extra = new Dictionary<string, string>(StringComparer.Ordinal) { ["Switch 2"] = "Nintendo Switch 2", ["Saturn"] = "Sega Saturn" };

        configured.Canonical("PS5").Should().BeNull("PlayStation 5 is not managed in this list");
        configured.Canonical("switch 2", extra).Should().Be("Nintendo Switch 2");
        configured.Canonical("Saturn", extra).Should().BeNull("an alias to an unmanaged name maps to nothing");
        configured.Canonical("Windows", extra).Should().Be("PC");
    }

    private static Func<ManagedPlatforms> FluentOf(string[] names) => () => ManagedPlatforms.Of(names);
}
