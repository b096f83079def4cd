using GitGoods.Infrastructure.Payments;

namespace GitGoods.Infrastructure.Tests.Payments;

/// <summary>The whole stack synthesized once with Stripe in production (context as a deployment would pass it).</summary>
public sealed class StripeSynthesis : IDisposable
{
    public const string Parameter = "/gitgoods/prod/stripe-secret-key";
    public const string PublishableKey = "pk_live_51HxTestPublishable0123";

    public SynthesizedGitGoods Synthesized { get; } = new(new Dictionary<string, object>(StringComparer.Ordinal)
    {
        [PaymentProcessorOptions.ProviderContextKey] = "stripe",
        [PaymentProcessorOptions.SecretKeyParameterContextKey] = Parameter,
        [PaymentProcessorOptions.PublishableKeyContextKey] = PublishableKey,
        [PaymentProcessorOptions.StageContextKey] = "production",
    });

    public void Dispose() => Synthesized.Dispose();
}

[CollectionDefinition(Name)]
public sealed class StripeSynthesisCollection : ICollectionFixture<StripeSynthesis>
{
    public const string Name = "GitGoods stack with Stripe in production";
}
