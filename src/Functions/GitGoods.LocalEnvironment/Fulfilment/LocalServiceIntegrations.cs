using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Notifications;
using GitGoods.Orders.Fulfilment;
using GitGoods.Workflow;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// The local stand-ins for the state machine's service integrations: SNS Publish (SMS) and SES SendEmail both write to
/// the <see cref="LocalOutbox"/>, and answer with the shape those services answer with.
/// </summary>
public static class LocalServiceIntegrations
{
    public static IReadOnlyDictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>> For(LocalOutbox outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        return new Dictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>>(StringComparer.Ordinal)
        {
            [OrderWorkflow.SnsPublishArn] = (parameters, _) =>
            {
                var sent = outbox.Add(OutboxMessage.Sms, Required(parameters, "PhoneNumber"), null, Required(parameters, "Message"));
                return Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = sent.Id });
            },
            [OrderWorkflow.SesSendEmailArn] = (parameters, _) =>
            {
                var to = parameters?["Destination"]?["ToAddresses"]?.AsArray().Select(a => a!.GetValue<string>()) ?? [];
                var subject = parameters?["Content"]?["Simple"]?["Subject"]?["Data"]?.GetValue<string>();
                var body = parameters?["Content"]?["Simple"]?["Body"]?["Text"]?["Data"]?.GetValue<string>() ?? "";
                var sent = outbox.Add(OutboxMessage.Email, string.Join(", ", to), subject, body);
                return Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = sent.Id });
            },
        };
    }

    private static string Required(JsonNode? parameters, string name) =>
        parameters?[name]?.GetValue<string>() ?? throw new WorkflowTaskException("SNS.InvalidParameterException", $"{name} is required.");
}
