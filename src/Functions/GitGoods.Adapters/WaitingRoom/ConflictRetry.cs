using Amazon.DynamoDBv2.Model;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>
/// Writes to a sale's line item meet its advance transactions: DynamoDB refuses a write to an item that a transaction
/// is writing at that moment (<see cref="TransactionConflictException"/>, or a cancelled transaction whose reason is
/// <c>TransactionConflict</c>). That is contention, not a failure: the write is sent again after a short, jittered
/// pause, a few times, before the error is let through (the load test in docs/benchmarks.md §13 met it as 503s on joins).
/// </summary>
internal static class ConflictRetry
{
    public const int Attempts = 6;

    public static async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static bool IsConflict(Exception e) => e switch
    {
        TransactionConflictException => true,
        TransactionCanceledException cancelled => cancelled.CancellationReasons?.Any(r => string.Equals(r.Code, "TransactionConflict", StringComparison.Ordinal)) == true
            && cancelled.CancellationReasons.All(r => r.Code is null or "None" or "TransactionConflict"),
        _ => false,
    };
}
