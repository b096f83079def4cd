using GitGoods.Domain.Cart;

namespace GitGoods.Domain.Tests.Cart;

public class CartIdTests
{
    [Fact]
    public void New_Is22Base64UrlCharacters_AndNeverRepeats()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => CartId.New()).ToList();

        ids.Should().OnlyContain(id => CartId.IsWellFormed(id));
        ids.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    public void IsWellFormed_RefusesAnythingElse(string? id)
    {
        CartId.IsWellFormed(id).Should().BeFalse();
    }
}
