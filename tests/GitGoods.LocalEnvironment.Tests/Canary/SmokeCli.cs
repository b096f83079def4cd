using System.Diagnostics;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Configuration;

namespace GitGoods.LocalEnvironment.Tests.Canary;

/// <summary>Runs <c>node src/Infrastructure/canary/smoke.js</c> with exactly the environment a test gives (no GITGOODS_* or AWS_* of the machine's).</summary>
internal static class SmokeCli
{
    public static readonly string Script =
        Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "Infrastructure", "canary", "smoke.js");

    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The journey's step lines (one JSON object each), in order.</summary>
        public IReadOnlyList<JsonObject> Steps =>
        [
            .. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith('{'))
                .Select(line => JsonNode.Parse(line)!.AsObject()),
        ];

        public IReadOnlyList<string> StepNames => [.. Steps.Select(s => s["step"]!.GetValue<string>())];

        public JsonObject Step(string name) => Steps.Single(s => s["step"]!.GetValue<string>() == name);
    }

    public static async Task<Run> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("GITGOODS_", StringComparison.Ordinal) || k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        using var limit = new CancellationTokenSource(Deadline);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"smoke.js did not finish within {Deadline}.", e);
        }

        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
