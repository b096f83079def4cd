using FsCheck.Xunit;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Common;

public class MoneyTests
{
    [Theory]
    [InlineData("sgd")]
    [InlineData("SG")]
    [InlineData("SGDX")]
    [InlineData("S1D")]
    public void Constructor_WithInvalidCurrency_Throws(string currency)
    {
        var act = () => new Money(100, currency);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_WithNegativeAmount_Throws()
    {
        var act = () => new Money(-1, "SGD");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Add_WithDifferentCurrencies_Throws()
    {
        var act = () => new Money(100, "SGD").Add(new Money(100, "USD"));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Multiply_OnOverflow_ThrowsInsteadOfWrapping()
    {
        var act = () => new Money(long.MaxValue / 2, "SGD").Multiply(3);

        act.Should().Throw<OverflowException>();
    }

    [Property]
    public bool Add_IsCommutativeAndExact(uint a, uint b)
    {
        var x = new Money(a, "SGD");
        var y = new Money(b, "SGD");
        return x.Add(y) == y.Add(x) && x.Add(y).Amount == (long)a + b;
    }

    [Property]
    public bool Multiply_EqualsRepeatedAddition(ushort amount, byte quantity)
    {
        var unit = new Money(amount, "SGD");
        var sum = Enumerable.Repeat(unit, quantity).Aggregate(Money.Zero("SGD"), (total, m) => total.Add(m));
        return unit.Multiply(quantity) == sum;
    }
}
