namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>How to run one DynamoDB Local process.</summary>
public sealed record DynamoDbLocalOptions(string InstallDirectory)
{
    /// <summary>Where data is kept between runs (<c>-dbPath</c>); null keeps it in memory (<c>-inMemory</c>).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where the java process id is written, so a later run can stop a java left by a crash; null for none.</summary>
    public string? PidFile { get; init; }

    public string JavaPath { get; init; } = DefaultJava();

    /// <summary>How long to wait for the engine to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    private static string DefaultJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidate = string.IsNullOrEmpty(home) ? null : Path.Combine(home, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java");
        return candidate is not null && File.Exists(candidate) ? candidate : "java";
    }
}
