using System.Text.Json;

namespace GitGoods.LocalEnvironment.Notifications;

/// <summary>
/// Where the local environment's SMS and e-mails land instead of SNS and SES: kept in memory and appended to
/// <c>&lt;state&gt;/outbox/messages.jsonl</c> (owner-only), so <c>GET /local/outbox</c> shows them newest first, across restarts.
/// The messages hold the shopper's phone and address as any sent message would: this file is the local stand-in for a
/// phone, never a log, and the stack never logs its content.
/// </summary>
public sealed class LocalOutbox
{
    private readonly List<OutboxMessage> _messages = [];
    private readonly Lock _gate = new();
    private readonly string? _file;
    private readonly TimeProvider _time;

    public LocalOutbox(string? directory, TimeProvider time)
    {
        _time = time;
        if (directory is null)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        _file = Path.Combine(directory, "messages.jsonl");
        if (File.Exists(_file))
        {
            foreach (var line in File.ReadLines(_file).Where(l => l.Length > 0))
            {
                if (JsonSerializer.Deserialize(line, NotificationsJsonContext.Default.OutboxMessage) is { } message)
                {
                    _messages.Add(message);
                }
            }
        }
    }

    public OutboxMessage Add(string channel, string to, string? subject, string body)
    {
        var message = new OutboxMessage(Guid.CreateVersion7(_time.GetUtcNow()).ToString("N"), channel, to, subject, body, _time.GetUtcNow());
        lock (_gate)
        {
            _messages.Add(message);
            if (_file is not null)
            {
                var isNew = !File.Exists(_file);
                File.AppendAllText(_file, JsonSerializer.Serialize(message, NotificationsJsonContext.Default.OutboxMessage) + "\n");
                if (isNew && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(_file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }

        return message;
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<OutboxMessage> List(int limit)
    {
        lock (_gate)
        {
            return [.. Enumerable.Reverse(_messages).Take(limit)];
        }
    }
}
