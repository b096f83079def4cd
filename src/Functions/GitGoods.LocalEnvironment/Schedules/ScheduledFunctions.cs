using System.Text;
using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Schedules;

/// <summary>
/// The local stand-in for EventBridge schedules: every manifest function with a <see cref="ScheduleTrigger"/> is invoked with a
/// "Scheduled Event" every <see cref="ScheduleTrigger.LocalEverySeconds"/>, through the same entry point Lambda uses.
/// </summary>
/// <remarks>The schedules start once the whole stack has started (the functions need the engines and queues).</remarks>
public sealed partial class ScheduledFunctions(IEnumerable<FunctionDefinition> manifest, IServiceProvider provider, FunctionLoggers loggers,
    TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ScheduledFunctions> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var services = provider.GetRequiredService<FunctionServices>();
        await Task.WhenAll(manifest.Where(d => d.Trigger is ScheduleTrigger).Select(d => RunAsync(d, services, stoppingToken)));
    }

    private async Task RunAsync(FunctionDefinition definition, FunctionServices services, CancellationToken stoppingToken)
    {
        var function = definition.Create(services);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(((ScheduleTrigger)definition.Trigger).LocalEverySeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = time.GetUtcNow();
                var payload = Encoding.UTF8.GetBytes(
                    $$$"""{"version":"0","id":"{{{Guid.NewGuid()}}}","detail-type":"Scheduled Event","source":"aws.events","account":"000000000000","time":"{{{now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}}","region":"ap-southeast-1","resources":[],"detail":{}}""");
                var context = new LambdaContext(Guid.NewGuid().ToString(), definition.Name, "$LATEST", definition.MemoryMb,
                    $"arn:aws:lambda:ap-southeast-1:000000000000:function:{definition.Name}", "", now.AddSeconds(definition.TimeoutSeconds))
                {
                    Logger = loggers.For(definition),
                };
                try
                {
                    await function.InvokeAsync(payload, context, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, definition.Name, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled function {Function} failed")]
    private static partial void LogFailed(ILogger logger, string function, Exception exception);
}
