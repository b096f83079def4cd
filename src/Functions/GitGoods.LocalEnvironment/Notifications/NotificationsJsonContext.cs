using System.Text.Json.Serialization;

namespace GitGoods.LocalEnvironment.Notifications;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OutboxMessage))]
[JsonSerializable(typeof(OutboxPage))]
internal sealed partial class NotificationsJsonContext : JsonSerializerContext;

/// <summary>The body of <c>GET /local/outbox</c>.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Items);
