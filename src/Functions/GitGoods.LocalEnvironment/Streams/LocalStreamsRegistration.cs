using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>The local stand-in for Lambda's DynamoDB Streams event source mappings: one per stream-triggered manifest function.</summary>
public static class LocalStreamsRegistration
{
    public static IServiceCollection AddLocalStreams(this IServiceCollection services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHttpClient(nameof(LocalStreamsClient));
        // The poller calls the engine twice a second per shard: the HTTP client's per-request lines would drown the stack's log.
        services.AddLogging(logging => logging.AddFilter("System.Net.Http.HttpClient." + nameof(LocalStreamsClient), LogLevel.Warning));
        // Built on first use, after the engine started (its endpoint is known then) and the table exists.
        services.AddSingleton(sp => TableStreamMappings.Create(
            sp.GetRequiredService<StackFunctions>().All,
            sp.GetRequiredService<FunctionServices>(),
            new LocalStreamsClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(LocalStreamsClient)),
                sp.GetRequiredService<DynamoDbEngine>().Endpoint),
            options.TableName, options.StateDirectory, sp.GetRequiredService<FunctionLoggers>(), options.Region,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
