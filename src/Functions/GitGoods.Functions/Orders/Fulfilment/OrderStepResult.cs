namespace GitGoods.Orders.Fulfilment;

/// <summary>What a step answers: an outcome the state machine's choices read, for a confirmation the notification to send, and the facts of a first settlement.</summary>
public sealed record OrderStepResult(
    string Outcome,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] Notification? Notification = null)
{
    /// <summary>The provider's authorisation (AuthorizePayment); always written, null when none, so the state machine's path to it exists.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public string? AuthorizationId { get; init; }

    /// <summary>
    /// ConfirmOrder and RejectOrder set it when they settled the order now (not for a duplicate delivery): the adapter records
    /// the business metrics from it. Never serialised: the state machine has no use for it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OrderSettlement? Settlement { get; init; }
}

/// <summary>
/// The confirmation message. It carries the shopper's phone and e-mail (opened from the sealed order) to the state machine's
/// SNS and SES tasks; the state machine's logs exclude execution data, so they never hold it.
/// </summary>
public sealed record Notification(string Phone, string Sms, IReadOnlyList<string>? EmailTo, string? EmailSubject, string? EmailBody)
{
    public override string ToString() => "Notification { (personal data) }";
}
