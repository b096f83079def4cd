using System.Diagnostics;
using System.Globalization;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.DynamoDbLocal;

public sealed class PidFileTests
{
    [Fact]
    public void KillStale_StopsTheRecordedProcess_AndRemovesTheFile()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var path = Path.Combine(Path.GetTempPath(), $"gitgoods-{Guid.NewGuid():N}.pid");
        // As a crashed run leaves it: java still runs, its owner (here an id with another start time) is gone.
        File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
            $"{sleeper.Id}\n{sleeper.StartTime.ToUniversalTime():O}\n{Environment.ProcessId}\n2001-01-01T00:00:00.0000000Z\n"));
        var pidFile = new PidFile(path);

        pidFile.KillStale(NullLogger.Instance);

        sleeper.WaitForExit(5000).Should().BeTrue();
        File.Exists(pidFile.Path).Should().BeFalse();
    }

    [Fact]
    public void KillStale_LeavesAProcessThatOnlySharesTheId()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var path = Path.Combine(Path.GetTempPath(), $"gitgoods-{Guid.NewGuid():N}.pid");
        File.WriteAllText(path, $"{sleeper.Id}\n2001-01-01T00:00:00.0000000Z\n");

        new PidFile(path).KillStale(NullLogger.Instance);

        sleeper.HasExited.Should().BeFalse();
        sleeper.Kill();
    }

    [Fact]
    public void KillStale_RefusesWhileTheOwningStackStillRuns()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var pidFile = new PidFile(Path.Combine(Path.GetTempPath(), $"gitgoods-{Guid.NewGuid():N}.pid"));
        pidFile.Write(sleeper); // Written by this (running) test process, so its owner is alive.

        var killStale = () => pidFile.KillStale(NullLogger.Instance);

        killStale.Should().Throw<InvalidOperationException>().WithMessage("*Another local environment*");
        sleeper.HasExited.Should().BeFalse();
        sleeper.Kill();
        pidFile.Delete();
    }
}
