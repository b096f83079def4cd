using System.Diagnostics;

namespace GitGoods.Hosting.Tests.Bootstrap;

/// <summary>
/// Finds the published Native AOT <c>bootstrap</c> (<c>GITGOODS_BOOTSTRAP_PATH</c>, else
/// <c>artifacts/bootstrap/linux-x64/bootstrap</c> under the repository root) and publishes it when it is
/// missing, so <c>dotnet test</c> alone works. A stale binary is used as is: CI publishes first.
/// </summary>
public sealed class BootstrapFixture : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    public string BootstrapPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("GITGOODS_BOOTSTRAP_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            BootstrapPath = configured;
            File.Exists(BootstrapPath).Should().BeTrue($"GITGOODS_BOOTSTRAP_PATH points at {BootstrapPath}");
            return;
        }

        var root = RepositoryRoot();
        var output = Path.Combine(root, "artifacts", "bootstrap", "linux-x64");
        BootstrapPath = Path.Combine(output, "bootstrap");
        if (!File.Exists(BootstrapPath))
        {
            await PublishAsync(root, output);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The folder holding GitGoods.sln, walking up from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GitGoods.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GitGoods.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task PublishAsync(string root, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", "src/Functions/GitGoods.Bootstrap", "-c", "Release", "-r", "linux-x64", "-o", output])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        await publish.WaitForExitAsync(timeout.Token);
        publish.ExitCode.Should().Be(0, "publishing the bootstrap failed:\n{0}\n{1}", await stdout, await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class BootstrapProcesses : ICollectionFixture<BootstrapFixture>
{
    public const string Name = "Published bootstrap";
}
