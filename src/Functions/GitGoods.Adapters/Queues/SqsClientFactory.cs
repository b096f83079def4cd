using Amazon;
using Amazon.Runtime;
using Amazon.SQS;
using GitGoods.Adapters.Resilience;

namespace GitGoods.Adapters.Queues;

/// <summary>
/// Builds the SQS client: the region's endpoint with the function's own credentials, or a local emulator. Every client
/// sends through a per-attempt timeout and a circuit breaker of its own (<see cref="ResilientHttpClientFactory"/>).
/// </summary>
public static class SqsClientFactory
{
    /// <summary>A new client; the caller disposes it (one per execution environment).</summary>
    public static IAmazonSQS Create(SqsClientSettings settings, AwsClientResilienceOptions? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = ResilientHttpClientFactory.Apply(new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region) }, resilience);
        if (settings.ServiceUrl is null)
        {
            return new AmazonSQSClient(config);
        }

        // An emulator accepts any credentials; never look for real ones on a developer's machine.
        config.ServiceURL = settings.ServiceUrl.ToString();
        config.AuthenticationRegion = settings.Region;
        return new AmazonSQSClient(new BasicAWSCredentials("local", "local"), config);
    }
}
