namespace GitGoods.Hosting.Logging;

/// <summary>Discards every line: the sink behind <see cref="LambdaLogger.Null"/> and the null metrics.</summary>
public sealed class NullLineSink : ILineSink
{
    public static NullLineSink Instance { get; } = new();

    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
    }
}
