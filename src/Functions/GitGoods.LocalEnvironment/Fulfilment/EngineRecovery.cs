using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.LocalEnvironment.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// What the stack does after an engine it supervises was restarted, so no accepted order is lost:
/// <list type="bullet">
/// <item>DynamoDB Local: the tables again (gone when it ran in memory; a no-op on disk), the demo catalogue when in
/// memory, then every PENDING order handed off again (its queue message may have gone to the dead-letter queue while the
/// table could not be reached).</item>
/// <item>fauxqs: the order queues again (it keeps them in memory, so they are gone, messages and all), then every PENDING
/// order handed off again (<see cref="PendingOrderRecovery"/>). The queue URLs are unchanged: same port, same names.</item>
/// </list>
/// The workflow is idempotent, so an order handed off twice is finished once.
/// </summary>
public static partial class EngineRecovery
{
    [LoggerMessage(Level = LogLevel.Information, Message = "After {Engine} restarted: {Count} PENDING orders handed to the order queue again")]
    private static partial void LogRequeued(ILogger logger, string engine, int count);

    /// <summary>Sets the engines' <c>Restarted</c> hooks; call once the engines run.</summary>
    public static void Wire(IServiceProvider services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EngineRecovery).FullName!);
        services.GetRequiredService<DynamoDbEngine>().Restarted = async cancellationToken =>
        {
            var tables = services.GetRequiredService<ShopTableProvisioner>();
            await tables.EnsureTableAsync(options.TableName, cancellationToken);
            await tables.EnsureIdempotencyTableAsync(options.IdempotencyTableName, cancellationToken);
            if (options.DynamoDbInMemory)
            {
                await services.GetRequiredService<CatalogSeeder>().SeedAsync(options.TableName, SeedGame.LoadAll(), cancellationToken);
            }

            await RequeueAsync(services, logger, "DynamoDB Local", cancellationToken);
        };
        services.GetRequiredService<SqsEngine>().Restarted = async cancellationToken =>
        {
            await services.GetRequiredService<QueueProvisioner>().EnsureOrderQueuesAsync(options.QueueVisibilitySeconds, cancellationToken);
            // The image bucket too (its objects are gone with the process, as the queues' messages are).
            await services.GetRequiredService<GitGoods.LocalEnvironment.Images.LocalImageBucket>().EnsureAsync(cancellationToken);
            await RequeueAsync(services, logger, "fauxqs", cancellationToken);
        };
    }

    private static async Task RequeueAsync(IServiceProvider services, ILogger logger, string engine, CancellationToken cancellationToken)
    {
        var functions = services.GetRequiredService<FunctionServices>();
        var requeued = await PendingOrderRecovery.RequeueAsync(functions.Orders, functions.OrderHandOff, cancellationToken);
        LogRequeued(logger, engine, requeued);
    }
}
