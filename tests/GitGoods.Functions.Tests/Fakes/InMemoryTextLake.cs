using System.Text;
using GitGoods.Domain.Analytics;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>The analytics lake in a dictionary of text objects (CSV writers): a put replaces the object at its key, as S3 does.</summary>
internal sealed class InMemoryTextLake : IAnalyticsFiles
{
    public Dictionary<string, (string Text, string ContentType)> Objects { get; } = new(StringComparer.Ordinal);

    public Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        Objects[key] = (Encoding.UTF8.GetString(content.Span), contentType);
        return Task.CompletedTask;
    }
}
