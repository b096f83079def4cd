namespace GitGoods.LocalEnvironment.Notifications;

/// <summary>An SMS or e-mail the stack would have sent through SNS or SES.</summary>
public sealed record OutboxMessage(string Id, string Channel, string To, string? Subject, string Body, DateTimeOffset SentAt)
{
    public const string Sms = "sms";
    public const string Email = "email";
}
