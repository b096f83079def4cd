using System.Diagnostics;
using System.Globalization;
using System.Net;
using Amazon.SQS.Model;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Queues;

[Collection(FauxqsCollection.Name)]
public sealed class FauxqsServerTests(FauxqsFixture fauxqs) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("gitgoods-fauxqs-test-");

    [Fact]
    public async Task TheServer_ListensOnLoopbackOnly_AndLeavesNoNodeBehind()
    {
        var launcher = await InstallAsync();
        var pidFile = Path.Combine(_work.FullName, "fauxqs.pid");
        var server = await FauxqsServer.StartAsync(launcher, Options() with { PidFile = pidFile }, NullLogger.Instance, CancellationToken.None);
        var pid = server.ProcessId;
        var port = server.Endpoint.Port;

        using (var client = server.CreateClient())
        {
            (await client.CreateQueueAsync("loopback-check")).QueueUrl.Should().EndWith("/loopback-check");
        }

        server.Endpoint.Host.Should().Be("127.0.0.1");
        ListeningSockets.On(port).Should().Equal(IPAddress.Loopback);
        File.Exists(pidFile).Should().BeTrue();

        await server.DisposeAsync();

        IsRunning(pid).Should().BeFalse();
        ListeningSockets.On(port).Should().BeEmpty();
        File.Exists(pidFile).Should().BeFalse();
    }

    [Fact]
    public async Task TheLauncher_StopsWhenItsStandardInputEnds_SoAKilledStackLeavesNoNode()
    {
        var launcher = await InstallAsync();
        using var node = StartLauncher(launcher);
        await WaitUntilListeningAsync(node);

        node.StandardInput.Close(); // what the kernel does to the pipe when the stack dies, however it dies

        using var exit = new CancellationTokenSource(Deadline);
        await node.WaitForExitAsync(exit.Token);
        node.HasExited.Should().BeTrue();
    }

    [Fact]
    public async Task Start_StopsANodeThatAKilledStackLeftBehind()
    {
        var launcher = await InstallAsync();
        using var stale = StartLauncher(launcher);
        await WaitUntilListeningAsync(stale);
        var pidFile = Path.Combine(_work.FullName, "fauxqs.pid");
        // As a killed stack leaves it: node still runs, its owner (an id with another start time) is gone.
        await File.WriteAllTextAsync(pidFile, string.Create(CultureInfo.InvariantCulture,
            $"{stale.Id}\n{stale.StartTime.ToUniversalTime():O}\n{Environment.ProcessId}\n2001-01-01T00:00:00.0000000Z\n"));

        await using var server = await FauxqsServer.StartAsync(launcher, Options() with { PidFile = pidFile }, NullLogger.Instance, CancellationToken.None);

        using var exit = new CancellationTokenSource(Deadline);
        await stale.WaitForExitAsync(exit.Token);
        stale.HasExited.Should().BeTrue();
        new PidFile(pidFile).ReadProcessId().Should().Be(server.ProcessId);
    }

    [Fact]
    public async Task Start_RefusesAPortThatIsTaken()
    {
        var launcher = await InstallAsync();
        var port = fauxqs.Endpoint.Port;

        var start = () => FauxqsServer.StartAsync(launcher, Options() with { Port = port }, NullLogger.Instance, CancellationToken.None);

        await start.Should().ThrowAsync<InvalidOperationException>().WithMessage($"*{port}*");
    }

    [Fact]
    public async Task Start_OnAGivenFreePort_ListensThere()
    {
        var launcher = await InstallAsync();
        var port = FreePort.Next();

        await using var server = await FauxqsServer.StartAsync(launcher, Options() with { Port = port }, NullLogger.Instance, CancellationToken.None);

        server.Endpoint.Should().Be(new Uri($"http://127.0.0.1:{port}"));
    }

    [Fact]
    public async Task Install_IsDoneOnce()
    {
        var installer = new FauxqsInstaller(NullLogger<FauxqsInstaller>.Instance);
        var manifest = Path.Combine(FauxqsFixture.InstallDirectory, "node_modules", "fauxqs", "package.json");
        var installed = File.GetLastWriteTimeUtc(manifest);

        var launcher = await installer.EnsureInstalledAsync(FauxqsFixture.InstallDirectory, CancellationToken.None);

        FauxqsInstaller.IsInstalled(FauxqsFixture.InstallDirectory).Should().BeTrue();
        File.GetLastWriteTimeUtc(manifest).Should().Be(installed, "an installed fauxqs is not installed again");
        launcher.Should().Be(Path.Combine(FauxqsFixture.InstallDirectory, FauxqsInstaller.LauncherName));
        (await File.ReadAllTextAsync(launcher)).Should().Contain("host: \"127.0.0.1\"");
    }

    [Fact]
    public async Task TheFixturesServer_SpeaksSqs()
    {
        var queues = await fauxqs.CreateQueuesAsync();

        await fauxqs.Client.SendMessageAsync(queues.QueueUrl, "hello");

        var received = await fauxqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queues.QueueUrl, WaitTimeSeconds = 1 });
        received.Messages.Should().ContainSingle().Which.Body.Should().Be("hello");
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static FauxqsOptions Options() => new(FauxqsFixture.InstallDirectory) { Region = FauxqsFixture.Region };

    private static Task<string> InstallAsync() =>
        new FauxqsInstaller(NullLogger<FauxqsInstaller>.Instance).EnsureInstalledAsync(FauxqsFixture.InstallDirectory, CancellationToken.None);

    private static Process StartLauncher(string launcher)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(launcher)!,
        };
        foreach (var argument in new[] { launcher, "0", FauxqsFixture.Region })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntilListeningAsync(Process node)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var line = await node.StandardOutput.ReadLineAsync(deadline.Token);
        line.Should().StartWith("fauxqs-listening http://127.0.0.1:");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
