using Constructs;

using GitGoods.Composition;

namespace GitGoods.Infrastructure.Payments;

/// <summary>
/// The payment processor a deployment uses, from CDK context: <c>paymentProvider</c> (<c>simulated</c> by default, or
/// <c>stripe</c>), <c>paymentSecretKeyParameter</c> (the SSM SecureString holding Stripe's secret key: its NAME, never the
/// key), <c>paymentPublishableKey</c> (<c>pk_…</c>, public, for the SPA's card field), <c>paymentSecretKeyKmsKeyArn</c> (the
/// customer-managed key of that parameter, if not aws/ssm) and <c>deploymentStage</c> (default <c>development</c>).
/// </summary>
public sealed record PaymentProcessorOptions
{
    public const string ProviderContextKey = "paymentProvider";
    public const string SecretKeyParameterContextKey = "paymentSecretKeyParameter";
    public const string PublishableKeyContextKey = "paymentPublishableKey";
    public const string SecretKeyKmsKeyContextKey = "paymentSecretKeyKmsKeyArn";
    public const string StageContextKey = "deploymentStage";
    public const string DefaultStage = "development";

    public string Provider { get; init; } = PaymentSettings.Simulated;

    public string? SecretKeyParameter { get; init; }

    public string? PublishableKey { get; init; }

    public string? SecretKeyKmsKeyArn { get; init; }

    public string Stage { get; init; } = DefaultStage;

    public bool IsStripe => string.Equals(Provider, PaymentSettings.Stripe, StringComparison.Ordinal);

    /// <exception cref="InvalidOperationException">A combination no deployment may have (see <see cref="Validate"/>).</exception>
    public static PaymentProcessorOptions FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var options = new PaymentProcessorOptions
        {
            Provider = Text(node, ProviderContextKey)?.ToLowerInvariant() ?? PaymentSettings.Simulated,
            SecretKeyParameter = Text(node, SecretKeyParameterContextKey),
            PublishableKey = Text(node, PublishableKeyContextKey),
            SecretKeyKmsKeyArn = Text(node, SecretKeyKmsKeyContextKey),
            Stage = Text(node, StageContextKey) ?? DefaultStage,
        };
        options.Validate();
        return options;
    }

    /// <summary>Refuses, at synth time, what the functions would refuse at start-up, and a secret key put where a public one goes.</summary>
    /// <exception cref="InvalidOperationException">The message names the context key to fix.</exception>
    public void Validate()
    {
        if (Provider is not (PaymentSettings.Simulated or PaymentSettings.Stripe))
        {
            throw new InvalidOperationException($"CDK context '{ProviderContextKey}' is '{Provider}': it must be 'simulated' or 'stripe'.");
        }

        if (LooksSecret(PublishableKey) || LooksSecret(SecretKeyParameter))
        {
            throw new InvalidOperationException(
                $"A secret key (sk_/rk_) was given as CDK context: it would be written into the template and the site. Put it in an SSM SecureString and give its name as '{SecretKeyParameterContextKey}'.");
        }

        if (new PaymentSettings(Provider, SecretKeyParameter, null, Stage) is { IsProduction: true } && !IsStripe)
        {
            throw new InvalidOperationException($"CDK context '{StageContextKey}' is 'production' but '{ProviderContextKey}' is '{Provider}': production takes real payments (stripe).");
        }

        if (IsStripe && string.IsNullOrEmpty(SecretKeyParameter))
        {
            throw new InvalidOperationException($"'{ProviderContextKey}' is 'stripe': give the SSM parameter holding the secret key as '{SecretKeyParameterContextKey}'.");
        }

        if (PublishableKey is not null && !PublishableKey.StartsWith("pk_", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"CDK context '{PublishableKeyContextKey}' must be a publishable key (pk_test_… or pk_live_…).");
        }

        if (IsStripe && PublishableKey is null && Stage.Equals(PaymentSettings.ProductionStage, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Production checkout needs Stripe's card field: give '{PublishableKeyContextKey}' (pk_live_…).");
        }
    }

    private static bool LooksSecret(string? value) =>
        value is not null && (value.StartsWith("sk_", StringComparison.Ordinal) || value.StartsWith("rk_", StringComparison.Ordinal));

    private static string? Text(Node node, string key) => node.TryGetContext(key) is string { Length: > 0 } value ? value.Trim() : null;
}
