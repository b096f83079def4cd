namespace GitGoods.Hosting.Logging;

/// <summary>
/// Writes lines to a stream (stdout on Lambda) and flushes each one, so a line is never lost when Lambda
/// freezes the process right after the response. A lock keeps lines whole if handlers log from several threads.
/// </summary>
public sealed class StreamLineSink(Stream stream) : ILineSink
{
    private readonly Lock _gate = new();

    /// <summary>The process's standard output, unbuffered by Console.</summary>
    public static StreamLineSink StandardOutput() => new(Console.OpenStandardOutput());

    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        lock (_gate)
        {
            stream.Write(utf8Line);
            stream.WriteByte((byte)'\n');
            stream.Flush();
        }
    }
}
