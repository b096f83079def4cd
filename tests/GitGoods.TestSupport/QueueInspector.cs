using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace GitGoods.TestSupport;

/// <summary>
/// Watches every queue of a fauxqs emulator without taking a message: it polls fauxqs's read-only inspection endpoints
/// (<c>/_fauxqs/queues</c>, <c>/_fauxqs/queues/&lt;name&gt;</c>), which list each queue's ready, delayed and in-flight
/// messages without receiving them, and keeps every message it has seen (body and attributes, binary attributes decoded).
/// </summary>
public sealed class QueueInspector : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private int _rounds;

    /// <summary>Starts polling <paramref name="endpoint"/> at once, until disposed.</summary>
    public QueueInspector(Uri endpoint)
    {
        _http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(10) };
        _polling = Task.Run(() => PollAsync(_stop.Token));
    }

    /// <summary>Every message seen so far, by message id: its JSON as fauxqs holds it, then its decoded binary attributes.</summary>
    public IReadOnlyDictionary<string, string> Messages => _seen;

    /// <summary>How many times every queue was read.</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>Reads every queue once more (e.g. after the traffic ended).</summary>
    public async Task InspectAsync(CancellationToken cancellationToken = default)
    {
        using var listing = await _http.GetAsync(new Uri("/_fauxqs/queues", UriKind.Relative), cancellationToken);
        listing.EnsureSuccessStatusCode();
        foreach (var queue in JsonNode.Parse(await listing.Content.ReadAsStringAsync(cancellationToken))!.AsArray())
        {
            var name = queue!["name"]!.GetValue<string>();
            using var state = await _http.GetAsync(new Uri("/_fauxqs/queues/" + Uri.EscapeDataString(name), UriKind.Relative), cancellationToken);
            if (!state.IsSuccessStatusCode)
            {
                continue; // Deleted between the two reads.
            }

            var messages = JsonNode.Parse(await state.Content.ReadAsStringAsync(cancellationToken))!["messages"]!;
            foreach (var entry in (messages["ready"]?.AsArray() ?? []).Concat(messages["delayed"]?.AsArray() ?? []))
            {
                Keep(name, entry!);
            }

            foreach (var entry in messages["inflight"]?.AsArray() ?? [])
            {
                Keep(name, entry!["message"]!);
            }
        }

        Interlocked.Increment(ref _rounds);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        _http.Dispose();
    }

    private void Keep(string queue, JsonNode message)
    {
        var id = message["messageId"]?.GetValue<string>() ?? message.ToJsonString();
        var binary = (message["messageAttributes"]?.AsObject() ?? [])
            .Select(a => a.Value?["BinaryValue"]?.GetValue<string>())
            .Where(b => b is not null)
            .SelectMany(b => StoredValues.Decode(Convert.FromBase64String(b!)));
        _seen.TryAdd(id, queue + " " + message.ToJsonString() + "\n" + string.Join("\n", binary));
    }

    private async Task PollAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await InspectAsync(stop);
            }
            catch (HttpRequestException)
            {
                // The emulator is busy or restarting: read again next round.
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
