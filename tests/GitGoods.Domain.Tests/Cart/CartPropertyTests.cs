using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Cart;

/// <summary>Cart arithmetic under random operations: totals never drift, quantities never exceed stock, merge commutes.</summary>
public class CartPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = ["p-0", "p-1", "p-2", "p-3", "p-4"];

    /// <summary>Random (product index, quantity) operations applied to a cart.</summary>
    public static Arbitrary<(int Product, int Quantity)[]> Operations() =>
        Gen.Zip(Gen.Choose(0, Ids.Length - 1), Gen.Choose(-2, 110)).ArrayOf().ToArbitrary();

    [Property(Arbitrary = [typeof(CartPropertyTests)])]
    public bool Quantities_NeverExceedStockOr99_WhateverIsAsked((int Product, int Quantity)[] operations, byte stockSeed)
    {
        var stock = StockFrom(stockSeed);
        var cart = Apply(ShoppingCart.Empty(CartOwner.Anonymous("c"), Now), operations, stock);

        return cart.Lines.All(l => l.Quantity >= 1 && l.Quantity <= ShoppingCart.MaxQuantity && l.Quantity <= stock(l.ProductId))
            && cart.Lines.Select(l => l.ProductId).Distinct().Count() == cart.Lines.Count;
    }

    [Property(Arbitrary = [typeof(CartPropertyTests)])]
    public bool Subtotal_IsExactlyTheSumOfUnitPriceTimesQuantity((int Product, int Quantity)[] operations, ushort priceSeed)
    {
        var products = Ids.Select((id, i) => Product(id, 1 + (priceSeed * (i + 7) % 10_000_000))).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var cart = Apply(ShoppingCart.Empty(CartOwner.Anonymous("c"), Now), operations, _ => 1000);

        var priced = PricedCart.Price(cart, products, "SGD");

        var expected = cart.Lines.Sum(l => (long)products[l.ProductId].Price.Amount * l.Quantity);
        return priced.Subtotal.Amount == expected
            && priced.Lines.Sum(l => l.LineTotal.Amount) == expected
            && priced.ItemCount == cart.ItemCount;
    }

    [Property(Arbitrary = [typeof(CartPropertyTests)])]
    public bool Merge_GivesTheSameQuantitiesWhicheverCartMergesIntoWhich(
        (int Product, int Quantity)[] first, (int Product, int Quantity)[] second, byte stockSeed)
    {
        var stock = StockFrom(stockSeed);
        var a = Apply(ShoppingCart.Empty(CartOwner.User("u"), Now), first, stock);
        var b = Apply(ShoppingCart.Empty(CartOwner.Anonymous("c"), Now), second, stock);

        var ab = a.Merge(b, stock, Now);
        var ba = b.Merge(a, stock, Now);

        return Ids.All(id => ab.QuantityOf(id) == ba.QuantityOf(id)
            && ab.QuantityOf(id) == Math.Min(Math.Min(a.QuantityOf(id) + b.QuantityOf(id), 99), stock(id)));
    }

    private static Func<string, int> StockFrom(byte seed) => id => (seed * (id[^1] - '0' + 3)) % 120;

    private static ShoppingCart Apply(ShoppingCart cart, IEnumerable<(int Product, int Quantity)> operations, Func<string, int> stock)
    {
        foreach (var (product, quantity) in operations)
        {
            var id = Ids[product];
            if (cart.SetQuantity(id, quantity, stock(id), Now) is CartChange.Changed changed)
            {
                cart = changed.Cart;
            }
        }

        return cart;
    }

    private static Product Product(string id, long price) =>
        GitGoods.Domain.Catalog.Product.Create(id, "Game " + id, "PC", "", new Money(price, "SGD"), 1000, [], "s", ProductStatus.Active, Now, Now);
}
