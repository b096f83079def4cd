namespace GitGoods.LocalEnvironment.Logging;

/// <summary>Log lines to standard output.</summary>
public sealed class ConsoleLogSink : ILogSink
{
    private readonly Lock _lock = new();

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            Console.Out.WriteLine(line);
        }
    }
}
