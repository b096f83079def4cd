using GitGoods.LocalStack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.TestSupport;

/// <summary>
/// The real local stack (Kestrel on 127.0.0.1, a free port) in the test process, built exactly as its Program.cs
/// builds it. Point it at a <see cref="DynamoDbLocalFixture"/> and a table of the test's own.
/// </summary>
public sealed class LocalStackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalStackHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>A client whose base address is the stack.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the stack against <paramref name="dynamoDbEndpoint"/>, creating and seeding <paramref name="tableName"/> if needed.</summary>
    public static async Task<LocalStackHost> StartAsync(Uri dynamoDbEndpoint, string tableName, params string[] extraArgs)
    {
        ArgumentNullException.ThrowIfNull(dynamoDbEndpoint);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--dynamodb-endpoint", dynamoDbEndpoint.ToString(),
            "--table-name", tableName,
            "--state-dir", Path.Combine(Path.GetTempPath(), "gitgoods-stack-" + Guid.NewGuid().ToString("N")),
            .. extraArgs,
        ];
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLocalStack(args);
        var app = builder.Build();
        app.MapLocalStack();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalStackHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
