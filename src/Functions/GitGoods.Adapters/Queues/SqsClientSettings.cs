namespace GitGoods.Adapters.Queues;

/// <summary>
/// Where the SQS client sends its requests: the region's SQS on AWS, or a local emulator (fauxqs) when
/// <see cref="ServiceUrl"/> is set, as the local environment does through <c>AWS_ENDPOINT_URL_SQS</c>.
/// </summary>
public sealed record SqsClientSettings(string Region, Uri? ServiceUrl = null)
{
    /// <summary>The variable the AWS SDKs read for a service-specific endpoint.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL_SQS";

    /// <summary>Reads <c>AWS_REGION</c> (default ap-southeast-1) and <see cref="EndpointVariable"/>.</summary>
    /// <exception cref="InvalidOperationException">When the endpoint is not an absolute http(s) URL.</exception>
    public static SqsClientSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var region = variable("AWS_REGION");
        var endpoint = variable(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return new SqsClientSettings(string.IsNullOrWhiteSpace(region) ? "ap-southeast-1" : region);
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{EndpointVariable} must be an http(s) URL, not '{endpoint}'.");
        }

        return new SqsClientSettings(string.IsNullOrWhiteSpace(region) ? "ap-southeast-1" : region, uri);
    }
}
