using GitGoods.Domain.Analytics;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>The analytics lake in memory: every put replaces the object, as S3 and the folder do.</summary>
internal sealed class InMemoryAnalyticsFiles : IAnalyticsFiles
{
    public Dictionary<string, byte[]> Objects { get; } = new(StringComparer.Ordinal);

    public int Puts { get; private set; }

    public Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        Objects[key] = content.ToArray();
        Puts++;
        return Task.CompletedTask;
    }
}
