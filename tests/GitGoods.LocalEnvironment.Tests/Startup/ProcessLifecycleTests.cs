using System.Diagnostics;
using System.Globalization;
using System.Net;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Startup;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Startup;

/// <summary>The built stack as a user runs it: a child process with its own DynamoDB Local, stopped by SIGTERM.</summary>
public sealed class ProcessLifecycleTests : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("gitgoods-process-test-");

    [Fact]
    public async Task Sigterm_StopsTheStackAndItsJavaAndNodeChildren()
    {
        using var stack = Process.Start(StartInfo())!;
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.WriteLine(e.Data);
            }

            if (e.Data?.Contains(ReadyBanner.ReadyLine, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult(e.Data);
            }
        }

        stack.OutputDataReceived += OnLine;
        stack.ErrorDataReceived += OnLine;
        stack.BeginOutputReadLine();
        stack.BeginErrorReadLine();
        try
        {
            var line = await ready.Task.WaitAsync(TimeSpan.FromSeconds(120));
            var url = line[(line.IndexOf(ReadyBanner.ReadyLine, StringComparison.Ordinal) + ReadyBanner.ReadyLine.Length)..].Trim();
            using (var http = new HttpClient())
            using (var health = await http.GetAsync(new Uri(url + "/api/health")))
            {
                health.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            var javaPid = new PidFile(Path.Combine(_state.FullName, "dynamodb-local.pid")).ReadProcessId();
            javaPid.Should().NotBeNull();
            IsDynamoDbLocal(javaPid!.Value).Should().BeTrue();
            var nodePid = new PidFile(Path.Combine(_state.FullName, "fauxqs.pid")).ReadProcessId();
            nodePid.Should().NotBeNull();
            IsRunning(nodePid!.Value, "fauxqs").Should().BeTrue();

            using (var kill = Process.Start("kill", ["-TERM", stack.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await stack.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            stack.HasExited.Should().BeTrue();
            IsDynamoDbLocal(javaPid.Value).Should().BeFalse("the stack must not leave its java child running");
            IsRunning(nodePid.Value, "fauxqs").Should().BeFalse("the stack must not leave its fauxqs (node) child running");
        }
        catch (Exception e) when (e is TimeoutException)
        {
            throw new TimeoutException($"The stack did not start or stop in time. Its output:\n{output}", e);
        }
        finally
        {
            if (!stack.HasExited)
            {
                stack.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose() => _state.Delete(recursive: true);

    private ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _state.FullName,
        };
        foreach (var argument in new[]
        {
            LocalEnvironmentDll(), "--urls", "http://127.0.0.1:0", "--state-dir", _state.FullName,
            "--dynamodb-local-dir", DynamoDbLocalFixture.InstallDirectory,
        })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static bool IsDynamoDbLocal(int pid) => IsRunning(pid, "DynamoDBLocal");

    private static bool IsRunning(int pid, string commandLinePart)
    {
        var cmdline = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline";
        try
        {
            return File.Exists(cmdline) && File.ReadAllText(cmdline).Contains(commandLinePart, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // Gone while we looked.
        }
    }

    // The stack's build output beside the tests (it is a project reference), else its own bin folder.
    private static string LocalEnvironmentDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "GitGoods.LocalEnvironment.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "GitGoods.LocalEnvironment.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "Functions", "GitGoods.LocalEnvironment", "bin", configuration,
            "net10.0", "GitGoods.LocalEnvironment.dll");
    }
}
