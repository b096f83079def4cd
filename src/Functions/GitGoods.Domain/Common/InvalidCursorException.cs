namespace GitGoods.Domain.Common;

/// <summary>A paging cursor that no page of this list produced (tampered, truncated or from another list).</summary>
public sealed class InvalidCursorException : Exception
{
    public InvalidCursorException()
        : base("The cursor is not valid for this list.")
    {
    }

    public InvalidCursorException(string message)
        : base(message)
    {
    }

    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
