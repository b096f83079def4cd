namespace GitGoods.Domain.Common;

/// <summary>Which page to read: 1–100 items, after an opaque cursor from an earlier page.</summary>
public sealed record PageRequest
{
    public const int DefaultLimit = 24;
    public const int MaxLimit = 100;

    public PageRequest(int limit = DefaultLimit, string? cursor = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        Limit = limit;
        Cursor = string.IsNullOrEmpty(cursor) ? null : cursor;
    }

    public int Limit { get; }

    public string? Cursor { get; }
}
