namespace GitGoods.LocalEnvironment.Queues;

/// <summary>How to run one fauxqs (SQS emulator) process.</summary>
/// <param name="InstallDirectory">Where fauxqs is installed (<c>&lt;state&gt;/fauxqs</c>); see <see cref="FauxqsInstaller"/>.</param>
public sealed record FauxqsOptions(string InstallDirectory)
{
    /// <summary>The port on 127.0.0.1; 0 lets the emulator take a free one (no race between probing and binding).</summary>
    public int Port { get; init; }

    /// <summary>Where the node process id is written, so a later run can stop a node left by a killed stack; null for none.</summary>
    public string? PidFile { get; init; }

    /// <summary>The region fauxqs names in queue ARNs when a request does not say (requests signed for a region do).</summary>
    public string Region { get; init; } = "ap-southeast-1";

    public string NodePath { get; init; } = "node";

    /// <summary>How long to wait for the emulator to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
