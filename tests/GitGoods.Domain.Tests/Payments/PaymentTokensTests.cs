using GitGoods.Domain.Payments;

namespace GitGoods.Domain.Tests.Payments;

public class PaymentTokensTests
{
    [Theory]
    [InlineData(PaymentTokens.Visa)]
    [InlineData(PaymentTokens.Mastercard)]
    [InlineData(PaymentTokens.ChargeDeclined)]
    [InlineData(PaymentTokens.ChargeDeclinedInsufficientFunds)]
    [InlineData(PaymentTokens.GitGoodsTimeout)]
    [InlineData(PaymentTokens.GitGoodsUnavailable)]
    [InlineData("pm_1")]
    [InlineData("pm_1QxYzAbCdEfGhIjKlMnOpQr")]
    public void IsWellFormed_ProcessorShapedTokens_AreAccepted(string token) =>
        PaymentTokens.IsWellFormed(token).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pm_")]
    [InlineData("tok_visa")]
    [InlineData("PM_card_visa")]
    [InlineData("pm_card visa")]
    [InlineData("pm_card-visa")]
    [InlineData("pm_card_visa\n")]
    [InlineData("pm_card_vîsa")]
    public void IsWellFormed_OtherStrings_AreRefused(string? token) =>
        PaymentTokens.IsWellFormed(token).Should().BeFalse();

    [Fact]
    public void IsWellFormed_LengthLimit_Is255()
    {
        PaymentTokens.IsWellFormed("pm_" + new string('a', 252)).Should().BeTrue();
        PaymentTokens.IsWellFormed("pm_" + new string('a', 253)).Should().BeFalse();
    }
}
