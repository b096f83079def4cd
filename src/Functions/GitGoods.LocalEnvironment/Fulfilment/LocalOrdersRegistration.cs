using Amazon.SQS;
using GitGoods.Adapters.Queues;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Notifications;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.LocalEnvironment.Schedules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// The local stand-ins for the order path's AWS services: fauxqs for SQS, the queues, the outbox for SNS/SES, the in-process
/// state machine behind a local event-source mapping (the pipe), and the schedules.
/// </summary>
public static class LocalOrdersRegistration
{
    public static IServiceCollection AddLocalQueues(this IServiceCollection services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<FauxqsInstaller>();
        services.AddSingleton(sp => new SqsEngine(
            new FauxqsOptions(options.FauxqsDirectory) { PidFile = options.FauxqsPidFile, Region = options.Region },
            options.SqsEndpoint, sp.GetRequiredService<FauxqsInstaller>(), sp.GetRequiredService<ILogger<SqsEngine>>()));
        services.AddSingleton(sp => SqsClientFactory.Create(new SqsClientSettings(options.Region, sp.GetRequiredService<SqsEngine>().Endpoint)));
        services.AddSingleton(sp => new QueueProvisioner(sp.GetRequiredService<IAmazonSQS>(), sp.GetRequiredService<ILogger<QueueProvisioner>>()));
        services.AddSingleton<StackQueues>();
        services.AddSingleton(sp => new LocalOutbox(options.OutboxDirectory, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IServiceCollection AddLocalOrderWorkflow(this IServiceCollection services, LocalEnvironmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => new LocalOrderWorkflow(sp.GetRequiredService<StackFunctions>().All, sp.GetRequiredService<FunctionServices>(),
            sp.GetRequiredService<LocalOutbox>(), sp.GetRequiredService<FunctionLoggers>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SqsEventSourceMapping(sp.GetRequiredService<IAmazonSQS>(),
            new GitGoods.Hosting.Sqs.SqsFunction(new OrderPipe(sp.GetRequiredService<LocalOrderWorkflow>())),
            new SqsEventSourceMappingOptions(sp.GetRequiredService<StackQueues>().Provisioned.QueueUrl, OrderPipe.FunctionName)
            {
                Region = options.Region,
                FunctionTimeout = TimeSpan.FromSeconds(GitGoods.Orders.Fulfilment.OrderWorkflow.TimeoutSeconds + 5),
                WaitTimeSeconds = 1,
            },
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqsEventSourceMapping>>()));
        services.AddHostedService(sp => new ScheduledFunctions(sp.GetRequiredService<StackFunctions>().All, sp,
            sp.GetRequiredService<FunctionLoggers>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<ScheduledFunctions>>()));
        return services;
    }
}
