using GitGoods.LocalStack.Configuration;
using GitGoods.LocalStack.DynamoDbLocal;
using GitGoods.LocalStack.Gateway;
using GitGoods.LocalStack.Identity;
using GitGoods.LocalStack.Identity.Users;
using GitGoods.LocalStack.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GitGoods.LocalStack.Startup;

/// <summary>
/// Brings the stack up before Kestrel accepts requests: the demo users, DynamoDB, the table, the demo catalogue, then one instance
/// of every function. On shutdown (Ctrl-C, SIGTERM) it stops the engine after Kestrel has stopped.
/// </summary>
public sealed class LocalStackStartup(
    LocalStackOptions options, DynamoDbEngine engine, IServiceProvider services, ReadyBanner banner, IHostApplicationLifetime lifetime)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var identity = services.GetRequiredService<UserStore>();
            await DemoUsers.SeedAsync(identity, services.GetRequiredService<TimeProvider>(), cancellationToken);
            await engine.StartAsync(cancellationToken);
            await services.GetRequiredService<ShopTableProvisioner>().EnsureTableAsync(options.TableName, cancellationToken);
            await services.GetRequiredService<CatalogSeeder>().SeedAsync(options.TableName, SeedGame.LoadAll(), cancellationToken);
            // Every function is created here, once, as a Lambda execution environment would at its first invocation.
            services.GetRequiredService<GatewayRouteTable>();
        }
        catch
        {
            await engine.StopAsync();
            throw;
        }

        lifetime.ApplicationStarted.Register(banner.Print);
    }

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync();
}
