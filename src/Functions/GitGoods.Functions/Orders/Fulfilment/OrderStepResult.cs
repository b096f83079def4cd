namespace GitGoods.Orders.Fulfilment;

/// <summary>What a step answers: an outcome the state machine's choices read, and for a confirmation the notification to send.</summary>
public sealed record OrderStepResult(
    string Outcome,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] Notification? Notification = null)
{
    /// <summary>The provider's authorisation (AuthorizePayment); always written, null when none, so the state machine's path to it exists.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public string? AuthorizationId { get; init; }
}

/// <summary>
/// The confirmation message. It carries the shopper's phone and e-mail (opened from the sealed order) to the state machine's
/// SNS and SES tasks; the state machine's logs exclude execution data, so they never hold it.
/// </summary>
public sealed record Notification(string Phone, string Sms, IReadOnlyList<string>? EmailTo, string? EmailSubject, string? EmailBody)
{
    public override string ToString() => "Notification { (personal data) }";
}
