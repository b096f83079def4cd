using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Catalog;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>
/// Stands in for the DAX client: a DynamoDB client of <paramref name="target"/> (DynamoDB Local) that records every
/// operation it sends (from the X-Amz-Target header), so a test sees exactly which calls went "through DAX".
/// </summary>
internal sealed class RecordingDaxClientFactory(Uri? target = null) : IDaxClientFactory
{
    private readonly ConcurrentQueue<string> _operations = new();

    /// <summary>The endpoints and regions asked for, one entry per <see cref="Create"/> call.</summary>
    public ConcurrentQueue<(Uri Endpoint, string Region)> Created { get; } = new();

    /// <summary>The DynamoDB operations the created clients sent, e.g. <c>GetItem</c>, <c>Query</c>.</summary>
    public IReadOnlyList<string> Operations => [.. _operations];

    public IAmazonDynamoDB Create(Uri endpoint, string region)
    {
        Created.Enqueue((endpoint, region));
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = (target ?? new Uri("http://127.0.0.1:1")).ToString(),
            AuthenticationRegion = region,
            HttpClientFactory = new RecordingHttpClientFactory(_operations),
        };
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }

    private sealed class RecordingHttpClientFactory(ConcurrentQueue<string> operations) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
            new(new Recorder(operations) { InnerHandler = new SocketsHttpHandler() });
    }

    private sealed class Recorder(ConcurrentQueue<string> operations) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.TryGetValues("X-Amz-Target", out var targets))
            {
                // "DynamoDB_20120810.GetItem" → "GetItem"
                operations.Enqueue(targets.First().Split('.')[^1]);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
