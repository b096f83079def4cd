using System.Diagnostics.CodeAnalysis;

namespace GitGoods.Domain.Operations;

/// <summary>
/// The operator's view of a dead-letter queue: look at what failed, and, once the cause is fixed, send it back to
/// be processed again. Consumers are idempotent, so a message redriven twice does no harm.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: SQS calls it a dead-letter queue.")]
public interface IDeadLetterQueue
{
    /// <summary>Up to <paramref name="max"/> dead letters, leaving them in the queue and visible to the next look.</summary>
    Task<IReadOnlyList<DeadLetter>> PeekAsync(int max, CancellationToken ct);

    /// <summary>Moves up to <paramref name="max"/> dead letters back to their source queue; returns how many moved.</summary>
    Task<int> RedriveAsync(int max, CancellationToken ct);
}
