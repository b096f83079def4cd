using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.LocalEnvironment.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Startup;

/// <summary>
/// Brings the stack up before Kestrel accepts requests: the demo users, DynamoDB and SQS (fauxqs), the queues, the tables, the demo catalogue, then one instance
/// of every function. On shutdown (Ctrl-C, SIGTERM) it stops the engine after Kestrel has stopped.
/// </summary>
public sealed class LocalEnvironmentStartup(
    LocalEnvironmentOptions options, DynamoDbEngine engine, SqsEngine sqs, IServiceProvider services, ReadyBanner banner, IHostApplicationLifetime lifetime)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var identity = services.GetRequiredService<UserStore>();
            await DemoUsers.SeedAsync(identity, services.GetRequiredService<TimeProvider>(), cancellationToken);
            await Task.WhenAll(engine.StartAsync(cancellationToken), sqs.StartAsync(cancellationToken));
            // Should an engine die from now on, it is restarted and what it lost is put back (decision 0029).
            GitGoods.LocalEnvironment.Fulfilment.EngineRecovery.Wire(services, options);
            await services.GetRequiredService<GitGoods.LocalEnvironment.Images.LocalImageBucket>().EnsureAsync(cancellationToken);
            services.GetRequiredService<StackQueues>().Set(
                await services.GetRequiredService<QueueProvisioner>().EnsureOrderQueuesAsync(options.QueueVisibilitySeconds, cancellationToken));
            var tables = services.GetRequiredService<ShopTableProvisioner>();
            await tables.EnsureTableAsync(options.TableName, cancellationToken);
            await tables.EnsureIdempotencyTableAsync(options.IdempotencyTableName, cancellationToken);
            await services.GetRequiredService<CatalogSeeder>().SeedAsync(options.TableName, SeedGame.LoadAll(), cancellationToken);
            await new PlatformStartupMigration(services.GetRequiredService<GitGoods.Composition.FunctionServices>().DynamoDb,
                services.GetRequiredService<ILogger<PlatformStartupMigration>>()).RunAsync(options.TableName, options.Platforms, cancellationToken);
            // Every function is created here, once, as a Lambda execution environment would at its first invocation.
            services.GetRequiredService<GatewayRouteTable>();
            services.GetRequiredService<SqsEventSourceMapping>().Start();
            services.GetRequiredService<GitGoods.LocalEnvironment.Streams.TableStreamMappings>().Start();
            var functions = services.GetRequiredService<GitGoods.Composition.FunctionServices>();
            var requeued = await GitGoods.LocalEnvironment.Fulfilment.PendingOrderRecovery.RequeueAsync(functions.Orders, functions.OrderHandOff, cancellationToken);
            if (requeued > 0)
            {
                var logger = services.GetRequiredService<ILogger<LocalEnvironmentStartup>>();
                GitGoods.LocalEnvironment.Fulfilment.PendingOrderRecovery.LogRequeued(logger, requeued);
            }
        }
        catch
        {
            await Task.WhenAll(engine.StopAsync(), sqs.StopAsync());
            throw;
        }

        lifetime.ApplicationStarted.Register(banner.Print);
    }

    /// <summary>The queue's and the stream's consumers first (they finish what they hold), then the engines.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<SqsEventSourceMapping>().StopAsync(cancellationToken);
        await services.GetRequiredService<GitGoods.LocalEnvironment.Streams.TableStreamMappings>().StopAsync();
        await Task.WhenAll(engine.StopAsync(), sqs.StopAsync());
    }
}
