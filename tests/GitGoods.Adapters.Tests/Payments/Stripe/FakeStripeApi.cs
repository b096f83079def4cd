using System.Text.Json.Nodes;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>
/// Stripe's PaymentIntents behaviour, as documented, for the adapter's tests: test payment methods answer as in test mode,
/// intents move requires_capture → succeeded | canceled, and an unexpected state is a 400 carrying the intent. What one
/// Idempotency-Key answered is kept and replayed (lib: <see cref="FakeStripeServer"/>).
/// </summary>
public sealed class FakeStripeApi
{
    private readonly Dictionary<string, JsonObject> _intents = new(StringComparer.Ordinal);
    private readonly List<string> _refunds = [];
    private int _next;

    public IReadOnlyDictionary<string, JsonObject> Intents => _intents;

    public IReadOnlyList<string> Refunds => _refunds;

    /// <summary>What the first request of an Idempotency-Key is answered (the caller stores and replays it).</summary>
    public (int Status, JsonObject Body) Answer(string path, IReadOnlyDictionary<string, string> form)
    {
        var parts = path.Trim('/').Split('/');
        return parts switch
        {
            ["v1", "payment_intents"] => Create(form),
            ["v1", "payment_intents", var id, "cancel"] => Move(id, "cancel"),
            ["v1", "payment_intents", var id, "capture"] => Move(id, "capture"),
            ["v1", "refunds"] => Refund(form["payment_intent"]),
            _ => Error(404, "invalid_request_error", "resource_missing", null),
        };
    }

    /// <summary>The hold lapsed: Stripe cancels the intent itself (reason automatic).</summary>
    public void Expire(string id)
    {
        _intents[id]["status"] = "canceled";
        _intents[id]["cancellation_reason"] = "automatic";
    }

    /// <summary>Captures behind the adapter's back (a capture whose answer was lost).</summary>
    public void CaptureDirectly(string id) => _intents[id]["status"] = "succeeded";

    private (int, JsonObject) Create(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("amount", out var amount) || !form.TryGetValue("currency", out var currency) || form.GetValueOrDefault("capture_method") != "manual")
        {
            return Error(400, "invalid_request_error", "parameter_missing", "amount");
        }

        var method = form.GetValueOrDefault("payment_method") ?? "";
        (int Status, string? Code, string? Decline) outcome = method switch
        {
            "pm_card_visa" or "pm_card_mastercard" => (200, null, null),
            "pm_card_chargeDeclined" => (402, "card_declined", "generic_decline"),
            "pm_card_visa_chargeDeclinedInsufficientFunds" => (402, "card_declined", "insufficient_funds"),
            "pm_card_authenticationRequired" => (402, "authentication_required", "authentication_required"),
            _ => (400, "resource_missing", null),
        };
        if (outcome.Status == 400)
        {
            return Error(400, "invalid_request_error", "resource_missing", "payment_method");
        }

        var id = $"pi_fake_{++_next:D4}";
        var intent = new JsonObject
        {
            ["id"] = id, ["object"] = "payment_intent", ["amount"] = long.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
            ["currency"] = currency, ["capture_method"] = "manual", ["payment_method"] = method, ["cancellation_reason"] = null,
            ["status"] = outcome.Status == 200 ? "requires_capture" : "requires_payment_method",
            ["metadata"] = new JsonObject { ["order_id"] = form.GetValueOrDefault("metadata[order_id]") },
        };
        _intents[id] = intent;
        return outcome.Status == 200 ? (200, (JsonObject)intent.DeepClone()) : Error(402, "card_error", outcome.Code!, null, outcome.Decline, intent);
    }

    private (int, JsonObject) Move(string id, string action)
    {
        if (!_intents.TryGetValue(id, out var intent))
        {
            return Error(404, "invalid_request_error", "resource_missing", "intent");
        }

        var status = intent["status"]!.GetValue<string>();
        var allowed = action == "cancel" ? status is "requires_capture" or "requires_payment_method" : status == "requires_capture";
        if (!allowed)
        {
            return Error(400, "invalid_request_error", "payment_intent_unexpected_state", null, null, intent);
        }

        intent["status"] = action == "cancel" ? "canceled" : "succeeded";
        return (200, (JsonObject)intent.DeepClone());
    }

    private (int, JsonObject) Refund(string id)
    {
        if (!_intents.TryGetValue(id, out var intent) || intent["status"]!.GetValue<string>() != "succeeded")
        {
            return Error(400, "invalid_request_error", "charge_not_captured", "payment_intent");
        }

        _refunds.Add(id);
        return (200, new JsonObject { ["id"] = "re_fake_" + _refunds.Count, ["object"] = "refund", ["payment_intent"] = id, ["status"] = "succeeded" });
    }

    private static (int, JsonObject) Error(int status, string type, string code, string? param, string? decline = null, JsonObject? intent = null) =>
        (status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["type"] = type, ["code"] = code, ["decline_code"] = decline, ["param"] = param,
                ["message"] = $"A {code} error (fake).", ["payment_intent"] = intent?.DeepClone(),
            },
        });
}
