using Amazon;
using Amazon.Runtime;
using Amazon.SQS;

namespace GitGoods.Adapters.Queues;

/// <summary>Builds the SQS client: the region's endpoint with the function's own credentials, or a local emulator.</summary>
public static class SqsClientFactory
{
    /// <summary>A new client; the caller disposes it (one per execution environment).</summary>
    public static IAmazonSQS Create(SqsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(settings.Region) };
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
