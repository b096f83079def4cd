namespace GitGoods.Orders.Fulfilment;

/// <summary>What the state machine passes a step: the order id, the rejection reason (RejectOrder), or the error (RecordFailure).</summary>
public sealed class OrderStepInput
{
    public string OrderId { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>The payment authorisation ConfirmOrder records on the order.</summary>
    public string? AuthorizationId { get; set; }

    public StepFailure? Failure { get; set; }
}

/// <summary>A caught error as Step Functions writes it: <c>{"Error": "...", "Cause": "..."}</c>.</summary>
public sealed class StepFailure
{
    [System.Text.Json.Serialization.JsonPropertyName("Error")]
    public string? Error { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("Cause")]
    public string? Cause { get; set; }
}
