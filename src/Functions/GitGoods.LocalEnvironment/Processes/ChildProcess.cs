using System.Diagnostics;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Processes;

/// <summary>Stops an engine's child process (java, node) the same way for every engine, so none is orphaned.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// Kills <paramref name="process"/>'s whole tree and waits up to <paramref name="wait"/> for it to exit, logging
    /// that <paramref name="engine"/> stopped; then, whether or not it was still running, deletes its pid file and
    /// disposes it.
    /// </summary>
    /// <exception cref="OperationCanceledException">When it has not exited within <paramref name="wait"/>.</exception>
    public static async Task StopAsync(Process process, TimeSpan wait, PidFile? pidFile, ILogger logger, string engine)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(wait);
                await process.WaitForExitAsync(timeout.Token);
                logger.Stopped(engine, process.Id);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        finally
        {
            pidFile?.Delete();
            process.Dispose();
        }
    }
}
