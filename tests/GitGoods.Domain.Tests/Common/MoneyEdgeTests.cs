using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Common;

/// <summary>Money at its edges: zero, the messages an operator reads, and quantities that make no sense.</summary>
public class MoneyEdgeTests
{
    [Fact]
    public void Zero_AndAmountsAreKeptExactly_AndPrintAsAmountAndCurrency()
    {
        Money.Zero("SGD").Should().Be(new Money(0, "SGD"));
        new Money(1999, "USD").ToString().Should().Be("1999 USD");
        new Money(5, "SGD").Multiply(0).Should().Be(Money.Zero("SGD"));
        new Money(5, "SGD").Multiply(1).Should().Be(new Money(5, "SGD"));
    }

    [Fact]
    public void NoCurrency_IsRefused_NamingTheRule()
    {
        var act = () => new Money(1, null!);

        act.Should().Throw<ArgumentException>().WithParameterName("currency")
            .WithMessage("Currency must be a three-letter upper-case ISO 4217 code.*");
    }

    [Fact]
    public void ANegativeQuantity_IsRefused()
    {
        var act = () => new Money(5, "SGD").Multiply(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quantity");
    }

    [Fact]
    public void AddingAnotherCurrency_NamesBoth()
    {
        var act = () => new Money(1, "SGD").Add(new Money(1, "USD"));

        act.Should().Throw<InvalidOperationException>().WithMessage("Cannot combine SGD with USD.");
    }

    [Fact]
    public void Add_OnOverflow_ThrowsInsteadOfWrapping()
    {
        var act = () => new Money(long.MaxValue, "SGD").Add(new Money(1, "SGD"));

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void PageRequest_AcceptsTheLimitsEnds(int limit)
    {
        new PageRequest(limit, "next").Should().Match<PageRequest>(p => p.Limit == limit && p.Cursor == "next");
    }
}
