using GitGoods.Adapters.Payments;
using GitGoods.Adapters.Payments.Stripe;
using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Functions.Tests.Composition;

/// <summary>
/// What a function's start-up (its catalogue factory, run in Lambda's init phase) does with the payment settings: a
/// production function refuses the simulator, Stripe needs its key parameter, and only the functions that call the
/// payment port are affected.
/// </summary>
public class PaymentStartupTests
{
    private static readonly string[] PaymentFunctions = ["CancelOrder", "ShipOrder", "AuthorizePayment", "VoidPayment"];

    [Fact]
    public void TheFunctionsThatCallThePaymentPort_AreExactlyThoseMarkedPayments()
    {
        FunctionManifest.All.Where(f => f.Access.Payments).Select(f => f.Name).Should().BeEquivalentTo(PaymentFunctions);
    }

    [Theory]
    [InlineData("production")]
    [InlineData("Production")]
    public void PaymentFunctions_InProductionWithTheSimulator_RefuseToStart(string stage)
    {
        using var services = Services((PaymentSettings.StageVariable, stage));

        foreach (var name in PaymentFunctions)
        {
            var start = () => FunctionManifest.Find(name)!.Create(services);

            start.Should().Throw<InvalidOperationException>()
                .WithMessage("*DEPLOYMENT_STAGE*production*PAYMENT_PROVIDER*simulated*refuses*", name);
        }
    }

    [Fact]
    public void PaymentFunctions_InProductionWithTheSimulatorByDefault_RefuseToStart_AndOtherFunctionsStart()
    {
        using var services = Services((PaymentSettings.StageVariable, "production"));

        var ship = () => FunctionManifest.Find("ShipOrder")!.Create(services);

        ship.Should().Throw<InvalidOperationException>("no PAYMENT_PROVIDER means the simulator");
        FunctionManifest.Find("GetOrder")!.Create(services).Should().NotBeNull("it never touches the payment port");
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("local")]
    [InlineData(null)]
    public void TheSimulator_OutsideProduction_Starts(string? stage)
    {
        using var services = stage is null ? Services() : Services((PaymentSettings.StageVariable, stage));

        FunctionManifest.Find("ShipOrder")!.Create(services).Should().NotBeNull();
        services.Payments.Should().BeOfType<SimulatedPaymentGateway>();
    }

    [Fact]
    public void Stripe_InProduction_WithItsKeyParameter_Starts()
    {
        using var services = Services((PaymentSettings.StageVariable, "production"), (PaymentSettings.ProviderVariable, "stripe"),
            (PaymentSettings.SecretKeyParameterVariable, "/gitgoods/stripe/secret-key"));

        FunctionManifest.Find("AuthorizePayment")!.Create(services).Should().NotBeNull();
        services.Payments.Should().BeOfType<StripePaymentGateway>();
    }

    [Fact]
    public void Stripe_WithoutItsKeyParameter_RefusesToStart()
    {
        using var services = Services((PaymentSettings.ProviderVariable, "stripe"));

        var start = () => FunctionManifest.Find("VoidPayment")!.Create(services);

        start.Should().Throw<InvalidOperationException>().WithMessage("*PAYMENT_SECRET_KEY_PARAMETER*");
    }

    [Fact]
    public void AnUnknownProvider_IsRefusedWhenTheSettingsAreRead()
    {
        var read = () => FunctionSettings.FromEnvironment(new InMemoryEnvironment([new(PaymentSettings.ProviderVariable, "paypal")]));

        read.Should().Throw<InvalidOperationException>().WithMessage("*PAYMENT_PROVIDER*paypal*");
    }

    [Fact]
    public void TheSettings_ReadEveryPaymentVariable()
    {
        var settings = FunctionSettings.FromEnvironment(new InMemoryEnvironment(
        [
            new(PaymentSettings.ProviderVariable, " Stripe "), new(PaymentSettings.SecretKeyParameterVariable, "/gg/key"),
            new(PaymentSettings.ApiUrlVariable, "http://127.0.0.1:9/"), new(PaymentSettings.StageVariable, "staging"),
        ]));

        settings.Payment.Should().Be(new PaymentSettings("stripe", "/gg/key", new Uri("http://127.0.0.1:9/"), "staging"));
    }

    private static FunctionServices Services(params (string Name, string Value)[] payment)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FunctionSettings.TableNameVariable] = "GitGoods",
            [FunctionSettings.DynamoDbEndpointVariable] = "http://127.0.0.1:1",
            ["ORDER_PII_KMS_KEY_ID"] = "arn:aws:kms:ap-southeast-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        };
        foreach (var (name, value) in payment)
        {
            variables[name] = value;
        }

        return new FunctionServices(FunctionSettings.FromEnvironment(new InMemoryEnvironment(variables)), TimeProvider.System);
    }
}
