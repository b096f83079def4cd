using GitGoods.Domain.Catalog.Search;

namespace GitGoods.Domain.Tests.Catalog.Search;

public class SearchTokensTests
{
    [Fact]
    public void Text_SplitsIntoLowerCaseRunsOfLettersAndDigits() =>
        SearchTokens.Of("Star-FOX 64: Lylat  Wars!").Should().Equal("star", "fox", "64", "lylat", "wars");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" -!- ")]
    public void TextWithoutLettersOrDigits_HasNoWords(string? text) =>
        SearchTokens.Of(text).Should().BeEmpty();
}
