using System.Text.Json.Serialization;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>The few fields of a Stripe PaymentIntent the adapter reads.</summary>
internal sealed record StripePaymentIntent(string? Id, string? Status, string? CancellationReason);

/// <summary>Stripe's error body: <c>{"error": {...}}</c>.</summary>
internal sealed record StripeErrorEnvelope(StripeError? Error);

/// <summary>
/// The fields of a Stripe error the adapter maps (never <c>message</c>, which may quote part of the key). A PaymentIntent
/// error carries the intent as it is now, which tells a cancelled hold from a captured one.
/// </summary>
internal sealed record StripeError(string? Type, string? Code, string? DeclineCode, string? Param, StripePaymentIntent? PaymentIntent);

/// <summary>Source-generated (AOT-safe) JSON for Stripe's snake_case bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StripePaymentIntent))]
[JsonSerializable(typeof(StripeErrorEnvelope))]
internal sealed partial class StripeJsonContext : JsonSerializerContext;
