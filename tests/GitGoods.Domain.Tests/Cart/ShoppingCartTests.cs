using GitGoods.Domain.Cart;

namespace GitGoods.Domain.Tests.Cart;

public class ShoppingCartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetQuantity_AboveStock_IsRefusedNamingWhatIsAvailable()
    {
        var change = ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now).SetQuantity("p-1", 5, available: 3, Now);

        change.Should().Be(new CartChange.ExceedsStock("p-1", 3));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100)]
    public void SetQuantity_OutsideZeroTo99_IsRefused(int quantity)
    {
        var change = ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now).SetQuantity("p-1", quantity, available: 1000, Now);

        change.Should().BeOfType<CartChange.InvalidQuantity>();
    }

    [Fact]
    public void SetQuantity_Zero_RemovesTheLine()
    {
        var cart = Changed(ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now).SetQuantity("p-1", 2, 10, Now));

        var emptied = Changed(cart.SetQuantity("p-1", 0, 10, Now));

        emptied.Lines.Should().BeEmpty();
    }

    [Fact]
    public void ExpiresAt_IsSevenDaysAfterTheLastChangeForAnonymousAndThirtyForSignedIn()
    {
        var later = Now.AddDays(2);
        var anonymous = Changed(ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now).SetQuantity("p-1", 1, 5, later));
        var signedIn = ShoppingCart.Empty(CartOwner.User("u-1"), Now);

        anonymous.ExpiresAt.Should().Be(later.AddDays(7));
        signedIn.ExpiresAt.Should().Be(Now.AddDays(30));
        anonymous.IsExpiredAt(later.AddDays(7)).Should().BeTrue();
        anonymous.IsExpiredAt(later.AddDays(7).AddTicks(-1)).Should().BeFalse();
    }

    [Fact]
    public void Merge_SumsQuantitiesCappedByStock()
    {
        var mine = Changed(ShoppingCart.Empty(CartOwner.User("u-1"), Now).SetQuantity("p-1", 2, 10, Now));
        var anonymous = Changed(Changed(ShoppingCart.Empty(CartOwner.Anonymous("c-1"), Now).SetQuantity("p-1", 3, 10, Now))
            .SetQuantity("p-2", 4, 10, Now));

        var merged = mine.Merge(anonymous, id => id == "p-1" ? 4 : 10, Now);

        merged.Owner.Should().Be(CartOwner.User("u-1"));
        merged.QuantityOf("p-1").Should().Be(4, "2 + 3 wanted, 4 in stock");
        merged.QuantityOf("p-2").Should().Be(4);
    }

    internal static ShoppingCart Changed(CartChange change) =>
        change.Should().BeOfType<CartChange.Changed>().Subject.Cart;
}
