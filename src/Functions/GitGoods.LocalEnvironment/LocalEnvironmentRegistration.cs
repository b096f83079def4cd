using Amazon.SQS;
using GitGoods.Adapters.Queues;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Fulfilment;
using GitGoods.LocalEnvironment.Notifications;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.LocalEnvironment.Schedules;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Covers;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Edge;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Images;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Seed;
using GitGoods.LocalEnvironment.Site;
using GitGoods.LocalEnvironment.Startup;
using GitGoods.LocalEnvironment.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment;

/// <summary>Wires the local environment: settings, redacted logging, DynamoDB, seed, identity, gateway, local pages and the SPA.</summary>
public static class LocalEnvironmentRegistration
{
    /// <exception cref="InvalidOperationException">When a setting is malformed or a URL is not on loopback.</exception>
    public static WebApplicationBuilder AddLocalEnvironment(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = LocalEnvironmentOptions.From(args, builder.Configuration, Directory.GetCurrentDirectory());
        builder.WebHost.UseUrls(options.Urls);
        // Requests Kestrel refuses before any middleware runs (a NUL in the path, a header too large) still get problem+json.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.UseProblemRefusals());
        // One provider, which redacts: no other provider (console, debug, event source) may see unredacted text.
        builder.Logging.ClearProviders();
        builder.Services.TryAddSingleton<ILogSink, ConsoleLogSink>();
        builder.Services.AddSingleton<ILoggerProvider, RedactingLoggerProvider>();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddEdgeRateLimiter(options.RateLimit);
        services.AddCloudFrontCompression(options.Compress);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DynamoDbLocalInstaller>();
        services.AddSingleton<DynamoDbEngine>();
        // Built on first use, after the engine started: the same composition root a Lambda environment builds.
        // Token-checking functions trust the stack's own identity endpoint, whose URL is known once Kestrel is bound.
        services.AddLocalQueues(options);
        // Built on first use, after the engines started and the queues exist (their URLs are settings).
        services.AddSingleton(sp => new FunctionServices(
            new FunctionSettings(options.TableName, sp.GetRequiredService<DynamoDbEngine>().Endpoint, options.Region)
            {
                CognitoClientId = UserPool.ClientId,
                IdempotencyTableName = options.IdempotencyTableName,
                OrderQueueUrl = sp.GetRequiredService<StackQueues>().Provisioned.QueueUrl,
                OrderDeadLetterQueueUrl = sp.GetRequiredService<StackQueues>().Provisioned.DeadLetterQueueUrl,
                SqsEndpoint = sp.GetRequiredService<SqsEngine>().Endpoint,
                PersonalDataKeyFile = options.PersonalDataKeyFile,
                WaitingRoomKeyFile = Path.Combine(options.StateDirectory, "keys", "waiting-room-key"),
                ShopTimeZone = options.ShopTimeZone,
                AnalyticsFolder = options.AnalyticsDirectory,
                Platforms = options.Platforms,
                ImageBucket = LocalImageBucket.BucketName, S3Endpoint = sp.GetRequiredService<SqsEngine>().Endpoint,
            },
            sp.GetRequiredService<TimeProvider>(),
            () => sp.GetRequiredService<StackAddress>().Issuer) { ImageUploads = sp.GetRequiredService<LocalImageBucket>().Signing(sp) });
        services.AddSingleton<LocalImageBucket>();
        services.AddSingleton(sp => new ShopTableProvisioner(
            sp.GetRequiredService<FunctionServices>().DynamoDb, sp.GetRequiredService<ILogger<ShopTableProvisioner>>()));
        services.AddSingleton(sp =>
        {
            var functions = sp.GetRequiredService<FunctionServices>();
            return new CatalogSeeder(functions.DynamoDb, functions.ProductWriter, functions.Time, sp.GetRequiredService<ILogger<CatalogSeeder>>());
        });
        services.TryAddSingleton(StackFunctions.Manifest);
        services.AddSingleton(sp => GatewayRouteTable.FromManifest(sp.GetRequiredService<StackFunctions>().All, sp.GetRequiredService<FunctionServices>()));
        services.AddLocalIdentity(options);
        services.AddLocalOrderWorkflow(options);
        services.AddLocalStreams(options);
        services.AddSingleton<JwtAuthorizer>();
        services.AddSingleton<FunctionLoggers>();
        services.AddSingleton<GatewayEndpoint>();
        services.AddSingleton(sp => new ReadyBanner(sp.GetRequiredService<IServer>(), sp.GetRequiredService<DynamoDbEngine>(), sp.GetRequiredService<GitGoods.LocalEnvironment.Queues.SqsEngine>(), options, sp.GetRequiredService<GitGoods.LocalEnvironment.Identity.Cognito.AdminCredentials>(), Console.Out));
        services.AddSingleton(_ => new WebRootFiles(options.WebRoot));
        services.AddHostedService<LocalEnvironmentStartup>();
        return builder;
    }

    public static WebApplication MapLocalEnvironment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<LocalEnvironmentOptions>();
        // First: the WAF's rate rule sees every request before CloudFront serves a file or forwards one to the API.
        app.UseEdgeRateLimiter(options.RateLimit);
        // Then CloudFront's compression, around every file and API response it would compress.
        app.UseCloudFrontCompression(options.Compress);
        // Runs after routing (WebApplication wraps this pipeline in it): serves the SPA to requests no endpoint took.
        app.UseSpa(app.Services.GetRequiredService<WebRootFiles>());
        // Everything under /api goes through the API Gateway stand-in, so unknown API routes get API Gateway's 404.
        app.Map("/api/{**path}", (HttpContext context) => context.RequestServices.GetRequiredService<GatewayEndpoint>().HandleAsync(context));
        app.MapIdentity();
        app.MapCovers();
        app.MapImages();
        app.MapSite(options.Region, options.Platforms);
        app.MapOutbox();
        return app;
    }
}
