namespace GitGoods.Domain.Tests.Catalog;

public class ProductTests
{
    [Fact]
    public void Create_WithValidFields_KeepsThemAndTrimsText()
    {
        var product = new ProductBuilder { Title = "  Starfall Tactics  " }.Build();

        product.Title.Should().Be("Starfall Tactics");
        product.Price.Amount.Should().Be(5999);
        product.IsActive.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithBlankTitle_Throws(string title)
    {
        var act = () => new ProductBuilder { Title = title }.Build();

        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Create_WithTitleOver200Characters_Throws()
    {
        var act = () => new ProductBuilder { Title = new string('x', 201) }.Build();

        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public void Create_WithPriceOutsideRange_Throws(long price)
    {
        var act = () => new ProductBuilder { Price = price }.Build();

        act.Should().Throw<ArgumentException>().WithParameterName("price");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public void Create_WithStockOutsideRange_Throws(int stock)
    {
        var act = () => new ProductBuilder { Stock = stock }.Build();

        act.Should().Throw<ArgumentException>().WithParameterName("stock");
    }

    [Fact]
    public void Create_WithUpdateBeforeCreation_Throws()
    {
        var builder = new ProductBuilder();
        var act = () => (builder with { UpdatedAt = builder.CreatedAt.AddSeconds(-1) }).Build();

        act.Should().Throw<ArgumentException>().WithParameterName("updatedAt");
    }

    [Fact]
    public void Create_StoresTimesInUtc()
    {
        var local = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(8));

        var product = new ProductBuilder { CreatedAt = local, UpdatedAt = local }.Build();

        product.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
        product.CreatedAt.Should().Be(local);
    }
}
