using System.Text;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>A <see cref="LambdaRuntime"/> wired to a fake Runtime API, an in-memory environment and collected output.</summary>
public sealed class RuntimeHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private int _nextId;

    private RuntimeHarness(FakeRuntimeApi api, InMemoryEnvironment environment, TimeProvider time)
    {
        Api = api;
        Environment = environment;
        Client = new RuntimeApiClient(api.Address);
        Runtime = new LambdaRuntime(Client, environment, time, Output);
    }

    public FakeRuntimeApi Api { get; }

    public InMemoryEnvironment Environment { get; }

    public RuntimeApiClient Client { get; }

    public CollectingLineSink Output { get; } = new();

    public LambdaRuntime Runtime { get; }

    public static async Task<RuntimeHarness> StartAsync(IDictionary<string, string>? variables = null, TimeProvider? time = null)
    {
        var environment = new InMemoryEnvironment(variables ?? new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "gitgoods-test",
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "7",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256",
            ["POWERTOOLS_SERVICE_NAME"] = "catalog",
        });
        return new RuntimeHarness(await FakeRuntimeApi.StartAsync(), environment, time ?? TimeProvider.System);
    }

    /// <summary>Queues an event and serves exactly it; returns what the runtime posted back.</summary>
    public async Task<RuntimeApiPost> InvokeAsync(ILambdaFunction function, string payload = "{}", string? traceId = null)
    {
        var id = $"req-{Interlocked.Increment(ref _nextId)}";
        var posted = Api.Enqueue(new FakeInvocation(id, Encoding.UTF8.GetBytes(payload)) { TraceId = traceId });
        await Runtime.InvokeOnceAsync(function).WaitAsync(Patience);
        return await posted.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Api.DisposeAsync();
    }
}
