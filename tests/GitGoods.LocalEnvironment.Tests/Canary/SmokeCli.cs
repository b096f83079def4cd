using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.TestSupport;

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
        var result = await ExternalProgram.RunAsync("node", [Script], Deadline, start =>
        {
            foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("GITGOODS_", StringComparison.Ordinal) || k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(inherited);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        });
        return new Run(result.ExitCode, result.Stdout, result.Stderr);
    }
}
