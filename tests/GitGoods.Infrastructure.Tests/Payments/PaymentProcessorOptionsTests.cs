using Amazon.CDK;

using GitGoods.Composition;
using GitGoods.Infrastructure.Payments;

namespace GitGoods.Infrastructure.Tests.Payments;

/// <summary>The payment processor's CDK context: what a deployment may ask for, refused at synth time when it is wrong.</summary>
public sealed class PaymentProcessorOptionsTests
{
    [Fact]
    public void WithoutContext_TheSimulatorInDevelopment()
    {
        var options = Read();

        options.Should().Be(new PaymentProcessorOptions { Provider = "simulated", Stage = "development" });
    }

    [Fact]
    public void Stripe_ReadsItsParameterKeyAndStage()
    {
        var options = Read(("paymentProvider", "Stripe"), ("paymentSecretKeyParameter", "/gg/key"), ("paymentPublishableKey", "pk_test_1"),
            ("deploymentStage", "staging"));

        options.Should().Be(new PaymentProcessorOptions { Provider = "stripe", SecretKeyParameter = "/gg/key", PublishableKey = "pk_test_1", Stage = "staging" });
    }

    [Theory]
    [InlineData("paypal", null, null, "development", "*'paymentProvider'*paypal*")]
    [InlineData("simulated", null, null, "production", "*production*stripe*")]
    [InlineData(null, null, null, "Production", "*production*stripe*")]
    [InlineData("stripe", null, "pk_test_1", "staging", "*'paymentSecretKeyParameter'*")]
    [InlineData("stripe", "/gg/key", "sk_live_abc123", "staging", "*secret key*SSM*")]
    [InlineData("stripe", "sk_live_abc123", null, "staging", "*secret key*SSM*")]
    [InlineData("stripe", "/gg/key", "abc", "staging", "*pk_test_*")]
    [InlineData("stripe", "/gg/key", null, "production", "*'paymentPublishableKey'*")]
    public void AConfigurationNoDeploymentMayHave_IsRefusedNamingTheKeyToFix(string? provider, string? parameter, string? publishable, string stage, string message)
    {
        var read = () => Read(("paymentProvider", provider), ("paymentSecretKeyParameter", parameter), ("paymentPublishableKey", publishable),
            ("deploymentStage", stage));

        read.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public void TheStagesTheFunctionsRefuse_TheSynthRefusesToo()
    {
        var functions = () => new PaymentSettings("simulated", Stage: "production").Validate();
        var synth = () => Read(("deploymentStage", "production"));

        functions.Should().Throw<InvalidOperationException>();
        synth.Should().Throw<InvalidOperationException>();
    }

    private static PaymentProcessorOptions Read(params (string Key, string? Value)[] context)
    {
        var values = context.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => (object)c.Value!, StringComparer.Ordinal);
        return PaymentProcessorOptions.FromContext(new App(new AppProps { Context = values }).Node);
    }
}
