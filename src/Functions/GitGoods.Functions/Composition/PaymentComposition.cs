using Amazon.DynamoDBv2;
using Amazon.SimpleSystemsManagement;
using GitGoods.Adapters.Payments;
using GitGoods.Adapters.Payments.Stripe;
using GitGoods.Domain.Payments;

namespace GitGoods.Composition;

/// <summary>
/// Builds the payment provider the settings name, and owns what it needs (Stripe: an HttpClient and the SSM client).
/// Built when a payment function is created, so a refused configuration is an init error (Lambda's <c>/init/error</c>).
/// </summary>
internal sealed class PaymentComposition : IDisposable
{
    private readonly IDisposable[] _owned;

    private PaymentComposition(IPaymentGateway gateway, params IDisposable[] owned)
    {
        Gateway = gateway;
        _owned = owned;
    }

    public IPaymentGateway Gateway { get; }

    /// <exception cref="InvalidOperationException">The payment configuration is refused (see <see cref="PaymentSettings.Validate"/>).</exception>
    public static PaymentComposition Create(FunctionSettings settings, IAmazonDynamoDB dynamoDb, TimeProvider time, SimulatedPaymentGatewayOptions? simulated)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var payment = settings.Payment;
        payment.Validate();
        var table = settings.RequireTableName();
        if (!string.Equals(payment.Provider, PaymentSettings.Stripe, StringComparison.Ordinal))
        {
            return new PaymentComposition(new SimulatedPaymentGateway(dynamoDb, table, simulated, time));
        }

        // Connections are pooled but renewed, so DNS changes at Stripe are picked up; timeouts are the adapter's (Polly).
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        var ssm = new AmazonSimpleSystemsManagementClient(new AmazonSimpleSystemsManagementConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region),
        });
        var keys = new SsmSecretKeySource(ssm, payment.SecretKeyParameter!);
        var options = payment.ApiUrl is { } url ? new StripeOptions { BaseUrl = url } : new StripeOptions();
        return new PaymentComposition(new StripePaymentGateway(dynamoDb, table, http, keys, options, time), keys, ssm, http);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
