using GitGoods.LocalEnvironment.Seed;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests;

/// <summary>
/// One DynamoDB Local for the assembly and one running stack on its own seeded table. Tests that need other data
/// create their own tables on <see cref="DynamoDb"/>.
/// </summary>
public sealed class LocalEnvironmentFixture : IAsyncLifetime
{
    private readonly Lazy<Task<(LocalEnvironmentHost Stack, Identity.MatrixPrincipals Principals)>> _matrix;
    private readonly Lazy<Task<LocalEnvironmentHost>> _carts;
    private LocalEnvironmentHost? _stack;
    private LocalEnvironmentHost? _matrixStack;
    private readonly Dictionary<string, Task<LocalEnvironmentHost>> _ownStacks = new(StringComparer.Ordinal);

    public LocalEnvironmentFixture()
    {
        _matrix = new(StartMatrixAsync, LazyThreadSafetyMode.ExecutionAndPublication);
        _carts = new(() => LocalEnvironmentHost.StartAsync(DynamoDb.Endpoint, "carts-" + Guid.NewGuid().ToString("N")), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DynamoDbLocalFixture DynamoDb { get; } = new();

    public string TableName { get; } = "stack-" + Guid.NewGuid().ToString("N");

    public LocalEnvironmentHost Stack => _stack ?? throw new InvalidOperationException("The stack has not started.");

    public HttpClient Client => Stack.Client;

    /// <summary>The demo catalogue the stack seeded.</summary>
    public IReadOnlyList<SeedGame> Seeded { get; } = SeedGame.LoadAll();

    public IReadOnlyList<SeedGame> SeededActive => [.. Seeded.Where(g => string.Equals(g.Status, "ACTIVE", StringComparison.Ordinal))];

    public async Task InitializeAsync()
    {
        await DynamoDb.InitializeAsync();
        _stack = await LocalEnvironmentHost.StartAsync(DynamoDb.Endpoint, TableName);
    }

    /// <summary>A second stack on a table of its own, with the matrix's principals signed in (started on first use).</summary>
    public Task<(LocalEnvironmentHost Stack, Identity.MatrixPrincipals Principals)> MatrixAsync() => _matrix.Value;

    /// <summary>A third stack on a table of its own for the cart tests, which add and reprice products (started on first use).</summary>
    public Task<LocalEnvironmentHost> CartStackAsync() => _carts.Value;

    private async Task<(LocalEnvironmentHost Stack, Identity.MatrixPrincipals Principals)> StartMatrixAsync()
    {
        _matrixStack = await LocalEnvironmentHost.StartAsync(DynamoDb.Endpoint, "matrix-" + Guid.NewGuid().ToString("N"));
        return (_matrixStack, await Identity.MatrixPrincipals.CreateAsync(_matrixStack));
    }

    /// <summary>
    /// A further stack on a table of its own, started on first use and shared by every test that names it, for
    /// tests that write (so the shared stack's catalogue stays as seeded).
    /// </summary>
    public Task<LocalEnvironmentHost> OwnStackAsync(string name, params string[] extraArgs)
    {
        lock (_ownStacks)
        {
            if (!_ownStacks.TryGetValue(name, out var stack))
            {
                _ownStacks[name] = stack = LocalEnvironmentHost.StartAsync(DynamoDb.Endpoint, name + "-" + Guid.NewGuid().ToString("N"), extraArgs);
            }

            return stack;
        }
    }

    public async Task DisposeAsync()
    {
        if (_carts.IsValueCreated)
        {
            await (await _carts.Value).DisposeAsync();
        }

        foreach (var own in _ownStacks.Values)
        {
            await (await own).DisposeAsync();
        }

        if (_matrixStack is not null)
        {
            await _matrixStack.DisposeAsync();
        }

        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }

        await DynamoDb.DisposeAsync();
    }
}

/// <summary>Every test that needs DynamoDB or the running stack shares <see cref="LocalEnvironmentFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LocalEnvironmentTests : ICollectionFixture<LocalEnvironmentFixture>
{
    public const string Name = "Local environment";
}
