namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>One request as the fake Stripe received it.</summary>
public sealed record StripeRequest(string Path, string Authorization, string IdempotencyKey, string StripeVersion, string ContentType,
    IReadOnlyDictionary<string, string> Form);
