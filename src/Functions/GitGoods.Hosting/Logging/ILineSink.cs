namespace GitGoods.Hosting.Logging;

/// <summary>
/// Where log lines and EMF blobs go. On Lambda that is stdout, which CloudWatch Logs collects line by line;
/// tests collect the lines in memory.
/// </summary>
public interface ILineSink
{
    /// <summary>Writes one complete line; <paramref name="utf8Line"/> holds no newline.</summary>
    void WriteLine(ReadOnlySpan<byte> utf8Line);
}
