using GitGoods.Http;

namespace GitGoods.Functions.Tests.Http;

public class OriginSecretsTests
{
    private const string Current = "current-origin-secret-0123456789abcdef";
    private const string Previous = "previous-origin-secret-0123456789abcdef";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ,")]
    public void Parse_NoValue_ChecksNothing(string? value)
    {
        var secrets = OriginSecrets.Parse(value);

        secrets.IsEnabled.Should().BeFalse();
        secrets.Accepts(Current).Should().BeFalse("with no accepted value nothing matches; the guard passes requests by IsEnabled");
    }

    [Fact]
    public void Parse_CurrentThenPrevious_AcceptsBothAndIgnoresEmptyEntries()
    {
        var secrets = OriginSecrets.Parse($" {Current} ,, {Previous} ,");

        secrets.Count.Should().Be(2);
        secrets.Accepts(Current).Should().BeTrue();
        secrets.Accepts(Previous).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-origin-secret-0123456789abcdef-x")]
    [InlineData(Current + "x")]
    [InlineData("current-origin-secret-0123456789abcde")]
    [InlineData("CURRENT-ORIGIN-SECRET-0123456789ABCDEF")]
    [InlineData(Current + "," + Previous)]
    public void Accepts_AnythingButAnAcceptedValue_IsFalse(string? presented)
    {
        OriginSecrets.Parse(Current + "," + Previous).Accepts(presented).Should().BeFalse();
    }

    [Fact]
    public void Parse_AValueShorterThan32Characters_FailsNamingTheVariableButNotTheValue()
    {
        const string Short = "only-31-characters-long-secret!";
        Short.Length.Should().Be(31);

        var act = () => OriginSecrets.Parse(Current + "," + Short);

        act.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain("ORIGIN_VERIFY_SECRETS").And.Contain("2 of 2").And.NotContain(Short).And.NotContain(Current);
    }

    [Fact]
    public void Parse_Exactly32Characters_IsAccepted()
    {
        var value = new string('k', 32);

        OriginSecrets.Parse(value).Accepts(value).Should().BeTrue();
    }
}
