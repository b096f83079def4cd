namespace GitGoods.LocalEnvironment.Processes;

/// <summary>One running engine process (DynamoDB Local, fauxqs) as its supervisor sees it. Disposing it stops the process.</summary>
public interface IEngineServer : IAsyncDisposable
{
    /// <summary>The URL clients use, on 127.0.0.1.</summary>
    Uri Endpoint { get; }

    int ProcessId { get; }

    /// <summary>Completes when the process has exited, for whatever reason.</summary>
    Task WaitForExitAsync(CancellationToken cancellationToken);

    /// <summary>The exit code once exited (a SIGKILL reads 137); null while running.</summary>
    int? ExitCode { get; }
}
