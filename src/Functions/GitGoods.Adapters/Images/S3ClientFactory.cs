using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using GitGoods.Adapters.Resilience;

namespace GitGoods.Adapters.Images;

/// <summary>
/// Builds S3 clients: the region's endpoint with the function's own credentials, or an emulator (path style, as the
/// S3 emulator and the local stack's upload endpoint expect). Each sends through a per-attempt timeout and a circuit
/// breaker of its own (<see cref="ResilientHttpClientFactory"/>).
/// </summary>
public static class S3ClientFactory
{
    /// <summary>A new client; the caller disposes it. <paramref name="serviceUrl"/> may carry a path (<c>http://host/local/s3</c>).</summary>
    public static IAmazonS3 Create(string region, Uri? serviceUrl = null, AWSCredentials? credentials = null)
    {
        var config = ResilientHttpClientFactory.Apply(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) });
        if (serviceUrl is null)
        {
            return credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config);
        }

        config.ServiceURL = serviceUrl.ToString();
        config.AuthenticationRegion = region;
        config.ForcePathStyle = true;
        // An emulator accepts any credentials; never look for real ones on a developer's machine.
        return new AmazonS3Client(credentials ?? new BasicAWSCredentials("local", "local"), config);
    }
}
