using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// The structure of an ASL state machine, for the test that proves the synthesized state machine matches the C#
/// description: parse both (<see cref="From(JsonNode)"/>, <see cref="From(WorkflowDefinition)"/>), map the FunctionName
/// placeholders (<see cref="WithFunctionNames"/>) and compare (<see cref="Differences"/> says what differs).
/// </summary>
public sealed record WorkflowShape(string StartAt, IReadOnlyList<StateShape> States)
{
    /// <summary>The shape of <paramref name="definition"/> as <see cref="AslWriter"/> writes it, with plain function names.</summary>
    public static WorkflowShape From(WorkflowDefinition definition) =>
        From(JsonNode.Parse(AslWriter.Write(definition)) ?? throw new InvalidOperationException("The writer wrote null."));

    /// <summary>Extracts the shape of an ASL document.</summary>
    /// <exception cref="FormatException">The document is not an ASL state machine.</exception>
    public static WorkflowShape From(JsonNode asl)
    {
        var root = asl as JsonObject ?? throw new FormatException("An ASL definition is a JSON object.");
        var states = root[nameof(States)] as JsonObject ?? throw new FormatException("The ASL definition has no States object.");
        var shapes = states
            .Select(pair => State(pair.Key, pair.Value as JsonObject ?? throw new FormatException($"State '{pair.Key}' is not an object.")))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new WorkflowShape(Text(root[nameof(StartAt)]) ?? "", shapes);
    }

    /// <summary>The same shape with every FunctionName passed through <paramref name="map"/> (e.g. placeholder → function name).</summary>
    public WorkflowShape WithFunctionNames(Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with
        {
            States = [.. States.Select(s => s.FunctionName is null ? s : s with { FunctionName = map(s.FunctionName) })],
        };
    }

    /// <summary>Human-readable differences from <paramref name="expected"/>; empty when the shapes are equal.</summary>
    public IReadOnlyList<string> Differences(WorkflowShape expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var differences = new List<string>();
        if (!string.Equals(StartAt, expected.StartAt, StringComparison.Ordinal))
        {
            differences.Add($"StartAt: expected {expected.StartAt}, actual {StartAt}");
        }

        var actual = States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var state in expected.States)
        {
            if (!actual.Remove(state.Name, out var found))
            {
                differences.Add($"missing state: {state}");
            }
            else if (!found.Equals(state))
            {
                differences.Add($"state differs:{Environment.NewLine}  expected {state}{Environment.NewLine}  actual   {found}");
            }
        }

        differences.AddRange(actual.Values.Select(s => $"unexpected state: {s}"));
        return differences;
    }

    public bool Equals(WorkflowShape? other) => other is not null && Differences(other).Count == 0;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>One line per state, sorted by name.</summary>
    public override string ToString() =>
        $"StartAt {StartAt}{Environment.NewLine}{string.Join(Environment.NewLine, States)}";

    private static StateShape State(string name, JsonObject state) => new(name, Text(state["Type"]) ?? "")
    {
        Next = Text(state["Next"]),
        End = state["End"] is JsonValue end && end.TryGetValue<bool>(out var ended) && ended,
        Default = Text(state["Default"]),
        Choices = [.. Items(state["Choices"]).Select(Choice)],
        Retry = [.. Items(state["Retry"]).Select(Retry)],
        Catch = [.. Items(state["Catch"]).Select(c => new CatchShape(Errors(c), Text(c["Next"]) ?? "", PathOf(c, "ResultPath")))],
        Resource = Resource(Text(state["Resource"])),
        FunctionName = state["Parameters"] is JsonObject parameters && parameters["FunctionName"] is { } function
            ? Text(function) ?? function.ToJsonString()
            : null,
        ResultPath = state["Type"]?.ToString() is "Task" or "Pass" ? PathOf(state, "ResultPath") : null,
        OutputPath = state["Type"]?.ToString() is "Task" ? PathOf(state, "OutputPath") : null,
        TimeoutSeconds = Int(state["TimeoutSeconds"]),
    };

    private static string Choice(JsonObject rule)
    {
        var comparison = rule.FirstOrDefault(p => p.Key is not ("Variable" or "Next"));
        return $"{Text(rule["Variable"])} {comparison.Key} {comparison.Value?.ToJsonString()} -> {Text(rule["Next"])}";
    }

    private static RetryShape Retry(JsonObject retry) => new(
        Errors(retry),
        Int(retry["IntervalSeconds"]) ?? 1,
        Int(retry["MaxAttempts"]) ?? 3,
        Number(retry["BackoffRate"]) ?? 2.0,
        Int(retry["MaxDelaySeconds"]),
        Text(retry["JitterStrategy"]) ?? "NONE");

    /// <summary>CDK writes <c>arn:${AWS::Partition}:states:::…</c> or a concrete partition; compare them as <c>arn:aws</c>.</summary>
    private static string? Resource(string? resource)
    {
        var service = resource?.IndexOf(":states:::", StringComparison.Ordinal) ?? -1;
        return resource is not null && service > 0 && resource.StartsWith("arn:", StringComparison.Ordinal)
            ? "arn:aws" + resource[service..]
            : resource;
    }

    private static string PathOf(JsonObject node, string field) =>
        !node.TryGetPropertyValue(field, out var value) ? "$" : value is null ? "null" : Text(value) ?? value.ToJsonString();

    private static string Errors(JsonObject rule) => string.Join(",", Items(rule["ErrorEquals"], item => Text(item) ?? ""));

    private static IEnumerable<JsonObject> Items(JsonNode? array) => Items(array, item => item as JsonObject ?? []);

    private static IEnumerable<T> Items<T>(JsonNode? array, Func<JsonNode?, T> select) =>
        array is JsonArray items ? items.Select(select) : [];

    private static int? Int(JsonNode? node) => Number(node) is { } number ? (int)Math.Round(number, MidpointRounding.AwayFromZero) : null;

    /// <summary>A number whether the node was parsed (a JSON element) or built in code (an int, long or double value).</summary>
    private static double? Number(JsonNode? node) => node is not JsonValue value ? null
        : value.TryGetValue<double>(out var d) ? d
        : value.TryGetValue<int>(out var i) ? i
        : value.TryGetValue<long>(out var l) ? l
        : value.TryGetValue<decimal>(out var m) ? (double)m
        : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
