using System.Reflection;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// The sample CodePipeline events of <c>samples/codepipeline/</c>, embedded in this assembly so the replay works from any
/// folder: EventBridge envelopes exactly as AWS delivers them, three executions of one pipeline (a success, a build
/// failure, the recovery) with their stage and action events, and one event delivered twice.
/// </summary>
public static class SamplePipelineEvents
{
    private const string Prefix = "GitGoods.LocalEnvironment.Samples.codepipeline.";

    /// <summary>Every sample as (file name, payload), in file-name order: the order CodePipeline emitted them.</summary>
    public static IReadOnlyList<SampleEvent> Load()
    {
        var assembly = typeof(SamplePipelineEvents).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SampleEvent(n[Prefix.Length..], Read(assembly, n)))];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded sample {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>One sample event: its file name and its EventBridge envelope as bytes.</summary>
public sealed record SampleEvent(string Name, ReadOnlyMemory<byte> Payload);
