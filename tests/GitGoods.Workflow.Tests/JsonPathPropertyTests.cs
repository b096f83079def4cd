using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

/// <summary>ResultPath merge under random inputs and paths: the value lands at the path and nothing else changes.</summary>
public class JsonPathPropertyTests
{
    private static readonly string[] Keys = ["a", "b", "c"];

    /// <summary>A path of 1 to 3 keys.</summary>
    public static Arbitrary<string[]> Paths() => Gen.Elements(Keys).ArrayOf().Where(p => p.Length is >= 1 and <= 3).ToArbitrary();

    /// <summary>Leaves (a key path and an int) from which an input document is built.</summary>
    public static Arbitrary<(string[] Path, int Value)[]> Leaves() =>
        Gen.Zip(Gen.Elements(Keys).ArrayOf().Where(p => p.Length is >= 1 and <= 3), Gen.Choose(0, 9)).ArrayOf().ToArbitrary();

    [Property(Arbitrary = [typeof(JsonPathPropertyTests)], MaxTest = 300)]
    public bool Write_PutsTheValueAtThePath_LeavesTheRestAlone_OrRefusesWhenAStepIsNotAnObject(
        (string[] Path, int Value)[] leaves, string[] target, int value)
    {
        var input = Build(leaves);
        var before = input.ToJsonString();
        var path = JsonPath.Parse("$." + string.Join('.', target));
        var blocked = Enumerable.Range(1, target.Length - 1).Any(n => Lookup(input, target[..n]) is { } node && node is not JsonObject);

        JsonNode? written;
        try
        {
            written = path.Write(input, value);
        }
        catch (InvalidOperationException)
        {
            return blocked && input.ToJsonString() == before;
        }

        var untouched = Leaves(input, []).Where(leaf => !StartsWith(leaf.Path, target) && !StartsWith(target, leaf.Path))
            .All(leaf => Lookup(written, leaf.Path)?.ToJsonString() == leaf.Node?.ToJsonString());
        return !blocked
            && path.TryRead(written, out var read) && read!.GetValue<int>() == value
            && untouched
            && input.ToJsonString() == before;
    }

    private static JsonObject Build((string[] Path, int Value)[] leaves)
    {
        var root = new JsonObject();
        foreach (var (path, value) in leaves)
        {
            var current = root;
            for (var i = 0; i < path.Length - 1 && current is not null; i++)
            {
                if (!current.TryGetPropertyValue(path[i], out var next))
                {
                    next = new JsonObject();
                    current[path[i]] = next;
                }

                current = next as JsonObject;
            }

            if (current is not null && !current.ContainsKey(path[^1]))
            {
                current[path[^1]] = value;
            }
        }

        return root;
    }

    private static JsonNode? Lookup(JsonNode? node, string[] path) =>
        path.Aggregate(node, (current, key) => current is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null);

    private static IEnumerable<(string[] Path, JsonNode? Node)> Leaves(JsonNode? node, string[] path) =>
        node is JsonObject obj && obj.Count > 0
            ? obj.SelectMany(p => Leaves(p.Value, [.. path, p.Key]))
            : [(path, node)];

    private static bool StartsWith(string[] path, string[] prefix) =>
        path.Length >= prefix.Length && path.Take(prefix.Length).SequenceEqual(prefix, StringComparer.Ordinal);
}
