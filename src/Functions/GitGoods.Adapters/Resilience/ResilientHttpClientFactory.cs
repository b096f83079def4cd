using System.Net;
using Amazon.Runtime;
using Polly;

namespace GitGoods.Adapters.Resilience;

/// <summary>
/// The <see cref="ClientConfig.HttpClientFactory"/> of the shop's AWS SDK clients: each HttpClient it makes sends through
/// one <see cref="AwsHttpPipeline"/> (so every client made by one factory shares one circuit). AOT-safe: no reflection.
/// </summary>
public sealed class ResilientHttpClientFactory(AwsClientResilienceOptions options) : HttpClientFactory
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = AwsHttpPipeline.Build(options);

    /// <summary>Gives <paramref name="config"/> a factory of its own with <paramref name="options"/> (default <see cref="AwsClientResilienceOptions.Default"/>).</summary>
    public static TConfig Apply<TConfig>(TConfig config, AwsClientResilienceOptions? options = null)
        where TConfig : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(config);
        config.HttpClientFactory = new ResilientHttpClientFactory(options ?? AwsClientResilienceOptions.Default);
        return config;
    }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        ArgumentNullException.ThrowIfNull(clientConfig);
        var sockets = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = clientConfig.MaxConnectionsPerServer ?? int.MaxValue,
            UseProxy = false,
            UseCookies = false,
        };
        // A backstop only: the pipeline's attempt timeout fires first.
        return new HttpClient(new ResilientHttpHandler(_pipeline, sockets), disposeHandler: true)
        {
            Timeout = options.AttemptTimeout + options.LongPollAllowance + TimeSpan.FromSeconds(5),
        };
    }
}
