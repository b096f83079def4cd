namespace GitGoods.LocalEnvironment.Logging;

/// <summary>Where the stack's log lines go: the console, or a test's capture.</summary>
public interface ILogSink
{
    /// <summary>Writes one line; called concurrently.</summary>
    void WriteLine(string line);
}
