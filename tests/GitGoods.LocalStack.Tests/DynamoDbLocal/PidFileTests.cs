using System.Diagnostics;
using GitGoods.LocalStack.DynamoDbLocal;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalStack.Tests.DynamoDbLocal;

public sealed class PidFileTests
{
    [Fact]
    public void KillStale_StopsTheRecordedProcess_AndRemovesTheFile()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var pidFile = new PidFile(Path.Combine(Path.GetTempPath(), $"gitgoods-{Guid.NewGuid():N}.pid"));
        pidFile.Write(sleeper);

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
}
