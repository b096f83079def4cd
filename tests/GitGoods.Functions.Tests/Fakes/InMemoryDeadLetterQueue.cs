using GitGoods.Domain.Operations;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>A dead-letter queue in a list: peeking leaves the letters, a redrive empties it.</summary>
internal sealed class InMemoryDeadLetterQueue : IDeadLetterQueue
{
    public List<DeadLetter> Letters { get; } = [];

    public Task<IReadOnlyList<DeadLetter>> PeekAsync(int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DeadLetter>>([.. Letters.Take(max)]);

    public Task<int> RedriveAsync(int max, CancellationToken ct)
    {
        var moved = Math.Min(max, Letters.Count);
        Letters.RemoveRange(0, moved);
        return Task.FromResult(moved);
    }
}
