namespace GitGoods.Adapters.Payments;

/// <summary>Timing of the simulated provider: how long a caller waits, and how late the timeout token answers.</summary>
public sealed record SimulatedPaymentGatewayOptions
{
    /// <summary>
    /// How long the caller waits for an answer before giving up with a <c>PaymentUnavailableException</c>. Generous enough
    /// that a sales-day surge on one shared machine (the local environment) never trips it; a 1 s timeout did, once in ~1,000 orders.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How late the provider answers for the timeout token, after it has recorded the authorisation.</summary>
    public TimeSpan SlowResponseDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an authorisation can be captured: a card hold lapses after about 7 days.</summary>
    public TimeSpan HoldLifetime { get; init; } = TimeSpan.FromDays(7);
}
