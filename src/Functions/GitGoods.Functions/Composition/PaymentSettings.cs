using GitGoods.Hosting.Runtime;

namespace GitGoods.Composition;

/// <summary>
/// Which payment provider a function talks to, read from the environment the CDK app (or the local environment) sets:
/// <c>PAYMENT_PROVIDER</c> = <c>simulated</c> (default) | <c>stripe</c>; <c>PAYMENT_SECRET_KEY_PARAMETER</c> (the SSM
/// SecureString holding Stripe's secret key); <c>PAYMENT_API_URL</c> (base URL override, for tests); <c>DEPLOYMENT_STAGE</c>.
/// </summary>
public sealed record PaymentSettings(string Provider, string? SecretKeyParameter = null, Uri? ApiUrl = null, string? Stage = null)
{
    public const string ProviderVariable = "PAYMENT_PROVIDER";
    public const string SecretKeyParameterVariable = "PAYMENT_SECRET_KEY_PARAMETER";
    public const string ApiUrlVariable = "PAYMENT_API_URL";
    public const string StageVariable = "DEPLOYMENT_STAGE";

    public const string Simulated = "simulated";
    public const string Stripe = "stripe";
    public const string ProductionStage = "production";

    /// <summary>The default: the simulated provider, no stage (the local environment, tests).</summary>
    public static PaymentSettings Default { get; } = new(Simulated);

    public bool IsProduction => string.Equals(Stage, ProductionStage, StringComparison.OrdinalIgnoreCase);

    /// <exception cref="InvalidOperationException">An unknown provider or a malformed URL: the function refuses to start.</exception>
    public static PaymentSettings FromEnvironment(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var provider = environment.GetVariable(ProviderVariable) is { Length: > 0 } p ? p.Trim().ToLowerInvariant() : Simulated;
        if (provider is not (Simulated or Stripe))
        {
            throw new InvalidOperationException($"{ProviderVariable} is '{provider}': it must be '{Simulated}' or '{Stripe}'.");
        }

        var url = environment.GetVariable(ApiUrlVariable);
        if (!string.IsNullOrEmpty(url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"{ApiUrlVariable} is not an absolute URL.");
        }

        return new PaymentSettings(
            provider,
            environment.GetVariable(SecretKeyParameterVariable) is { Length: > 0 } parameter ? parameter : null,
            string.IsNullOrEmpty(url) ? null : new Uri(url),
            environment.GetVariable(StageVariable) is { Length: > 0 } stage ? stage.Trim() : null);
    }

    /// <summary>
    /// Refuses a configuration no function may start with: the simulator in production (orders would be "paid" with test
    /// cards), or Stripe without its key parameter.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configuration is refused; the message says how to fix it.</exception>
    public void Validate()
    {
        if (IsProduction && string.Equals(Provider, Simulated, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{StageVariable} is '{Stage}' but {ProviderVariable} is '{Simulated}': a production function refuses to take orders with the "
                + $"simulated payment provider. Deploy with {ProviderVariable}={Stripe} and {SecretKeyParameterVariable} (CDK context paymentProvider, paymentSecretKeyParameter).");
        }

        if (string.Equals(Provider, Stripe, StringComparison.Ordinal) && string.IsNullOrEmpty(SecretKeyParameter))
        {
            throw new InvalidOperationException($"{ProviderVariable} is '{Stripe}' but {SecretKeyParameterVariable} is not set: name the SSM SecureString holding the secret key.");
        }
    }
}
