namespace GitGoods.Hosting.Logging;

/// <summary>Log levels, named as Powertools for .NET writes them in the <c>level</c> key.</summary>
public enum LogLevel
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
    None,
}
