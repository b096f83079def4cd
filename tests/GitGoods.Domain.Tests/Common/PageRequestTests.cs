using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Common;

public class PageRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void Constructor_WithLimitOutsideOneToHundred_Throws(int limit)
    {
        var act = () => new PageRequest(limit);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_WithEmptyCursor_MeansFirstPage()
    {
        new PageRequest(10, "").Cursor.Should().BeNull();
    }

    [Fact]
    public void Default_Is24Items()
    {
        new PageRequest().Limit.Should().Be(24);
    }
}
