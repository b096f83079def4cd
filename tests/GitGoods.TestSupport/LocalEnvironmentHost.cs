using GitGoods.Manifest;
using GitGoods.LocalEnvironment;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.TestSupport;

/// <summary>
/// The real local environment (Kestrel on 127.0.0.1, a free port) in the test process, built exactly as its Program.cs
/// builds it. Point it at a <see cref="DynamoDbLocalFixture"/> and a table of the test's own.
/// </summary>
public sealed class LocalEnvironmentHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalEnvironmentHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
        Identity = new CognitoClient(Client, app.Services.GetRequiredService<AdminCredentials>(), app.Services.GetRequiredService<TimeProvider>());
    }

    public Uri BaseAddress { get; }

    /// <summary>A client whose base address is the stack.</summary>
    public HttpClient Client { get; }

    /// <summary>The stack's Cognito-compatible endpoint: sign up, sign in (e.g. as a demo user), refresh.</summary>
    public CognitoClient Identity { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the stack against <paramref name="dynamoDbEndpoint"/>, creating and seeding <paramref name="tableName"/> if needed.</summary>
    public static Task<LocalEnvironmentHost> StartAsync(Uri dynamoDbEndpoint, string tableName, params string[] extraArgs) =>
        StartAsync(new LocalEnvironmentHostOptions { DynamoDbEndpoint = dynamoDbEndpoint, TableName = tableName, ExtraArgs = extraArgs });

    /// <summary>Starts the stack with a log capture, a clock or a state folder of the test's choosing.</summary>
    public static async Task<LocalEnvironmentHost> StartAsync(LocalEnvironmentHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stateDirectory = options.StateDirectory ?? Path.Combine(Path.GetTempPath(), "gitgoods-stack-" + Guid.NewGuid().ToString("N"));
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--dynamodb-endpoint", options.DynamoDbEndpoint.ToString(),
            "--table-name", options.TableName,
            "--state-dir", stateDirectory,
            // No built SPA, whatever src/Web/dist holds (a later --web-root in ExtraArgs wins).
            "--web-root", Path.Combine(stateDirectory, "no-web-app"),
            // No WAF rate rule: tests and benchmarks send thousands of requests from one address (ExtraArgs may set one).
            "--rate-limit-permits", "0",
            // The stack compresses as CloudFront does unless told not to; tests see the origin's bytes unless they ask.
            "--compress", options.CompressResponses ? "true" : "false",
            .. options.ExtraArgs,
        ];
        var builder = WebApplication.CreateBuilder(args);
        if (options.LogSink is not null)
        {
            builder.Services.AddSingleton(options.LogSink);
        }

        if (options.ExtraFunctions.Count > 0)
        {
            builder.Services.AddSingleton(new StackFunctions([.. StackFunctions.Manifest.All, .. options.ExtraFunctions]));
        }

        if (options.Time is not null)
        {
            builder.Services.AddSingleton(options.Time);
        }

        builder.AddLocalEnvironment(args);
        var app = builder.Build();
        app.MapLocalEnvironment();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalEnvironmentHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>How a test wants its <see cref="LocalEnvironmentHost"/>.</summary>
public sealed record LocalEnvironmentHostOptions
{
    public required Uri DynamoDbEndpoint { get; init; }

    public required string TableName { get; init; }

    /// <summary>Receives every log line the stack writes (after redaction), instead of the console.</summary>
    public ILogSink? LogSink { get; init; }

    /// <summary>The stack's clock (e.g. a FakeTimeProvider); default the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Default: a new temporary folder.</summary>
    public string? StateDirectory { get; init; }

    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    /// <summary>
    /// The stack's CloudFront compression (Brotli or gzip by Accept-Encoding, CloudFront's types and sizes; on in the stack the
    /// README starts). Default off here, so a test sees the origin's bytes unless it asks.
    /// </summary>
    public bool CompressResponses { get; init; }

    /// <summary>Test-only functions served beside the catalogue's (e.g. a route that echoes its claims).</summary>
    public IReadOnlyList<FunctionDefinition> ExtraFunctions { get; init; } = [];
}
