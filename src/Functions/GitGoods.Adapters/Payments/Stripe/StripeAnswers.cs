using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Stripe's answers in the port's terms. 200 <c>requires_capture</c> is approved (the authorisation id is the PaymentIntent
/// id); 402 <c>card_error</c> is declined with its decline code; 409, 429, 5xx are <see cref="PaymentUnavailableException"/>;
/// 400, 401, 403, 404 are <see cref="PaymentConfigurationException"/> (never retried), except the few 400s that are about
/// the shopper's payment method or amount and so are declines.
/// </summary>
internal static class StripeAnswers
{
    public static PaymentAuthorization Authorization(StripeResponse response)
    {
        if (response.IsSuccess)
        {
            return response.Intent switch
            {
                { Status: "requires_capture", Id: { Length: > 0 } id } => new PaymentAuthorization(PaymentOutcome.Approved, id, null),
                { Status: "requires_payment_method" } => Declined(PaymentDeclineCodes.CardDeclined),
                var intent => throw new PaymentConfigurationException(
                    $"Stripe answered the authorisation with a PaymentIntent in status '{intent?.Status}', not requires_capture."),
            };
        }

        if (response.IsTransient)
        {
            throw Unavailable(response, "authorisation");
        }

        return response.Error switch
        {
            { Type: "card_error" } error => Declined(DeclineCode(error)),
            { Type: "invalid_request_error", Code: "resource_missing", Param: "payment_method" } => Declined(PaymentDeclineCodes.CardDeclined),
            { Type: "invalid_request_error", Code: "amount_too_small" or "amount_too_large" } error => Declined(error.Code!),
            _ when response.StatusCode == 402 => Declined(DeclineCode(response.Error)),
            _ => throw Refused(response, "authorisation"),
        };
    }

    /// <summary>The decline code: Stripe's <c>decline_code</c> unless it is missing or generic, else its error code.</summary>
    public static string DeclineCode(StripeError? error) =>
        error?.DeclineCode is { Length: > 0 } code && !string.Equals(code, "generic_decline", StringComparison.Ordinal) ? code : error?.Code ?? PaymentDeclineCodes.CardDeclined;

    public static PaymentUnavailableException Unavailable(StripeResponse response, string what) =>
        new($"Stripe failed transiently on the {what} ({response.Describe()}); the outcome is unknown.");

    /// <summary>A request Stripe refused itself: a wrong or revoked key, a missing permission, or a bug in what we send.</summary>
    public static PaymentConfigurationException Refused(StripeResponse response, string what) => response.StatusCode switch
    {
        401 => new($"Stripe refused the secret key on the {what} ({response.Describe()}): check the key in the PAYMENT_SECRET_KEY_PARAMETER parameter."),
        403 => new($"The secret key may not make the {what} ({response.Describe()}): a restricted key needs PaymentIntents and Refunds write."),
        _ => new($"Stripe refused the {what} ({response.Describe()}); not retried."),
    };

    private static PaymentAuthorization Declined(string code) => new(PaymentOutcome.Declined, null, code);
}
