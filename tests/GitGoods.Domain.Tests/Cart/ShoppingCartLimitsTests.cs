using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Tests.Catalog;
using static GitGoods.Domain.Tests.Cart.ShoppingCartTests;

namespace GitGoods.Domain.Tests.Cart;

public class ShoppingCartLimitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly ShoppingCart Empty = ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now);

    [Fact]
    public void SetQuantity_Of99_IsAccepted()
    {
        var cart = Changed(Empty.SetQuantity("p-1", 99, available: 1000, Now));

        cart.QuantityOf("p-1").Should().Be(99);
    }

    [Fact]
    public void SetQuantity_OfExactlyTheStock_IsAccepted()
    {
        var cart = Changed(Empty.SetQuantity("p-1", 3, available: 3, Now));

        cart.QuantityOf("p-1").Should().Be(3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void SetQuantity_OfABlankProductId_Throws(string productId) =>
        FluentActions.Invoking(() => Empty.SetQuantity(productId, 1, 10, Now)).Should().Throw<ArgumentException>().WithParameterName("productId");

    [Fact]
    public void Restore_DropsZeroLines_AndKeepsTheOthersInOrder()
    {
        var cart = ShoppingCart.Restore(CartOwner.Anonymous("c-1"), [new CartLine("a", 2), new CartLine("gone", 0), new CartLine("b", 1)], Now);

        cart.Lines.Should().Equal(new CartLine("a", 2), new CartLine("b", 1));
    }

    [Fact]
    public void Merge_WithoutAnotherCart_Throws() =>
        FluentActions.Invoking(() => Empty.Merge(null!, _ => 10, Now)).Should().Throw<ArgumentNullException>().WithParameterName("other");

    [Fact]
    public void Merge_WithoutAStockLookup_Throws()
    {
        var other = Changed(Empty.SetQuantity("p-1", 1, 10, Now));

        FluentActions.Invoking(() => Empty.Merge(other, null!, Now)).Should().Throw<ArgumentNullException>().WithParameterName("availableOf");
    }

    [Fact]
    public void Pricing_WithoutACart_Throws() =>
        FluentActions.Invoking(() => PricedCart.Price(null!, new Dictionary<string, Product>(), "SGD"))
            .Should().Throw<ArgumentNullException>().WithParameterName("cart");

    [Fact]
    public void Pricing_WithoutProducts_Throws()
    {
        var cart = Changed(Empty.SetQuantity("p-1", 1, 10, Now));

        FluentActions.Invoking(() => PricedCart.Price(cart, null!, "SGD")).Should().Throw<ArgumentNullException>().WithParameterName("products");
    }

    [Fact]
    public void Pricing_TakesTodaysCataloguePrice_AndLeavesOutUnknownProducts()
    {
        var cart = Changed(Changed(Empty.SetQuantity("p-1", 2, 10, Now)).SetQuantity("gone", 1, 10, Now));
        var products = new Dictionary<string, Product>(StringComparer.Ordinal) { ["p-1"] = new ProductBuilder { Id = "p-1", Price = 1500 }.Build() };

        var priced = PricedCart.Price(cart, products, "SGD");

        (priced.Lines.Count, priced.ItemCount, priced.Subtotal.Amount).Should().Be((1, 2, 3000L));
    }
}
