using GitGoods.Hosting.Redaction;

namespace GitGoods.Hosting.Tests.Redaction;

public class LogRedactorTests
{
    private const string Jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ";

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("password")]
    [InlineData("new_password")]
    [InlineData("refreshToken")]
    [InlineData("id-token")]
    [InlineData("email")]
    [InlineData("shipping_email")]
    [InlineData("phone_number")]
    [InlineData("name")]
    [InlineData("address")]
    [InlineData("postalCode")]
    [InlineData("x-origin-verify")]
    [InlineData("X-Origin-Verify")]
    public void IsSensitiveKey_MasksSecretsAndPersonalData(string key)
    {
        LogRedactor.IsSensitiveKey(key).Should().BeTrue();
        LogRedactor.RedactValue(key, "anything").Should().Be(LogRedactor.Mask);
    }

    [Theory]
    [InlineData("function_name")]
    [InlineData("service")]
    [InlineData("level")]
    [InlineData("route")]
    [InlineData("productId")]
    public void IsSensitiveKey_LeavesOperationalKeysReadable(string key)
    {
        LogRedactor.IsSensitiveKey(key).Should().BeFalse();
    }

    [Theory]
    [InlineData("caller Bearer abc.def.ghi failed", "abc.def.ghi")]
    [InlineData("token " + Jwt + " rejected", Jwt)]
    [InlineData("user jane.doe+shop@example.com signed in", "jane.doe+shop@example.com")]
    [InlineData("SMS to +65 9123 4567 sent", "9123 4567")]
    [InlineData("{\"headers\":{\"x-origin-verify\":\"Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK\",\"accept\":\"*/*\"}}", "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK")]
    [InlineData("{\\\"x-origin-verify\\\":\\\"Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK\\\"}", "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK")]
    [InlineData("X-Origin-Verify: Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK", "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK")]
    [InlineData("x_origin_verify=Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK; path=/", "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK")]
    [InlineData("payment key sk_live_51HxAbCdEfGh0123456789 refused", "sk_live_51HxAbCdEfGh0123456789")]
    [InlineData("restricted rk_test_51Hx9aZqYkL3mN0pQ rejected", "rk_test_51Hx9aZqYkL3mN0pQ")]
    [InlineData("webhook whsec_AbCdEf0123456789 set", "whsec_AbCdEf0123456789")]
    public void Redact_MasksWhatItRecognisesInFreeText(string text, string secret)
    {
        var redacted = LogRedactor.Redact(text);

        redacted.Should().NotContain(secret);
        redacted.Should().Contain(LogRedactor.Mask);
    }

    [Fact]
    public void Redact_OriginHeaderInAnEvent_KeepsTheRestOfTheEventReadable()
    {
        var redacted = LogRedactor.Redact("""{"x-origin-verify":"Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK","accept":"*/*"}""");

        redacted.Should().Be("""{"x-origin-verify":"[REDACTED]","accept":"*/*"}""");
    }

    [Fact]
    public void Redact_LeavesOrdinaryTextAlone()
    {
        const string text = "GET /api/products/starfall-vanguard-ps5 -> GetProduct 200 in 4.2 ms";

        LogRedactor.Redact(text).Should().Be(text);
    }

    [Fact]
    public void Redact_LeavesPublishableKeysAndPaymentIdsAlone()
    {
        const string text = "config pk_live_51HxAbCdEfGh0123456789; intent pi_3PqRsT0123456789 with pm_card_visa";

        LogRedactor.Redact(text).Should().Be(text);
    }
}
