using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Resilience;
using GitGoods.TestSupport;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GitGoods.Adapters.Tests.Resilience;

/// <summary>
/// The AWS SDK clients' HTTP pipeline (per-attempt timeout, circuit breaker), over real sockets: a dead endpoint and a
/// hung one fail with exceptions the 503 layer recognises, the circuit opens after repeated failures and then refuses
/// without calling, and a live engine (DynamoDB Local) is served through it unchanged.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class AwsClientResilienceTests(DynamoDbLocalFixture dynamoDb)
{
    private static readonly AwsClientResilienceOptions Fast = new()
    {
        AttemptTimeout = TimeSpan.FromMilliseconds(300),
        MinimumThroughput = 2,
        BreakDuration = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task ADeadEndpoint_FailsTransiently_ThenTheOpenCircuitRefusesWithoutCalling()
    {
        using var dead = new TcpListener(IPAddress.Loopback, 0);
        dead.Start();
        var port = ((IPEndPoint)dead.LocalEndpoint).Port;
        dead.Stop(); // nothing listens there any more: connections are refused
        using var client = Client(new Uri($"http://127.0.0.1:{port}"), Fast);

        var first = await Record(() => client.ListTablesAsync());
        first.Should().NotBeNull();
        DependencyFailure.IsTransient(first!).Should().BeTrue($"{first!.GetType().Name} from a refused connection is a 503");
        Exception? broken = null;
        for (var i = 0; i < 5 && broken is not BrokenCircuitException; i++)
        {
            broken = Unwrap(await Record(() => client.ListTablesAsync()));
        }

        broken.Should().BeOfType<BrokenCircuitException>("after repeated failures the circuit opens and fails fast");
        DependencyFailure.IsTransient(broken!).Should().BeTrue();
    }

    [Fact]
    public async Task AHungEndpoint_IsAbandonedAfterTheAttemptTimeout()
    {
        // Accepts connections and never answers, like an engine frozen mid-request.
        using var hung = new TcpListener(IPAddress.Loopback, 0);
        hung.Start();
        using var client = Client(new Uri($"http://127.0.0.1:{((IPEndPoint)hung.LocalEndpoint).Port}"), Fast with { MinimumThroughput = 100 });

        var failure = Unwrap(await Record(() => client.ListTablesAsync()));

        failure.Should().BeOfType<TimeoutRejectedException>();
        DependencyFailure.IsTransient(failure!).Should().BeTrue();
    }

    [Fact]
    public async Task ALiveEngine_IsServedThroughThePipeline()
    {
        using var client = Client(dynamoDb.Endpoint, AwsClientResilienceOptions.Default);
        var table = await dynamoDb.CreateTableAsync("resilience");

        var tables = await client.ListTablesAsync();

        tables.TableNames.Should().Contain(table);
    }

    private static AmazonDynamoDBClient Client(Uri endpoint, AwsClientResilienceOptions options) =>
        new(new BasicAWSCredentials("local", "local"), ResilientHttpClientFactory.Apply(new AmazonDynamoDBConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = "ap-southeast-1",
            MaxErrorRetry = 0,
        }, options));

    private static async Task<Exception?> Record(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>The pipeline's own exception, whether the SDK passed it on as it is or wrapped it.</summary>
    private static Exception? Unwrap(Exception? e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is BrokenCircuitException or TimeoutRejectedException)
            {
                return inner;
            }
        }

        return e;
    }
}
