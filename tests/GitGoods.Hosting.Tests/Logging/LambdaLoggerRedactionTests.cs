using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Logging;

/// <summary>The logger redacts by itself: a careless caller still cannot put secrets or personal data in a line.</summary>
public sealed class LambdaLoggerRedactionTests
{
    private const string Email = "mei.ling.tan@example.com";
    private const string Name = "Tan Mei Ling";
    private const string Phone = "+65 9123 4567";
    private const string Token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJlLWJ5dGVz";

    [Fact]
    public void Log_WithSecretsInMessageKeysAndException_WritesNoneOfThem()
    {
        var output = new CollectingLineSink();
        var logger = new LambdaLogger(output, TimeProvider.System, new LambdaFunctionInfo("f", "1", 128, "svc"), LogLevel.Debug);

        logger.Error($"sign-in for {Email} with Bearer {Token} failed; SMS to {Phone}",
            new InvalidOperationException($"user {Email} has token {Token}"),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = Name,
                ["shipping_phone"] = Phone,
                ["authorization"] = "Bearer " + Token,
                ["address"] = new { Line1 = "1 Orchard Road" },
                ["orderId"] = "o-123",
            });

        var line = output.Lines.Single();
        line.Should().NotContain(Email).And.NotContain(Name).And.NotContain(Token).And.NotContain("9123 4567").And.NotContain("Orchard");
        line.Should().Contain("o-123", "operational values stay readable");
    }
}
