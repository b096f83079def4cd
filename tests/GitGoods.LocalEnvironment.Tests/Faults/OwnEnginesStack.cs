using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Faults;

/// <summary>
/// A stack that starts its OWN DynamoDB Local (on disk, in its own state folder) and its own fauxqs, so a test may kill
/// them without touching the engines other test classes share. The queue visibility is 2 s so failed messages come
/// back quickly.
/// </summary>
public sealed class OwnEnginesStack : IAsyncLifetime
{
    private LocalEnvironmentHost? _stack;

    public CapturedLog Log { get; } = new();

    public LocalEnvironmentHost Stack => _stack ?? throw new InvalidOperationException("The stack has not started.");

    public async Task InitializeAsync() =>
        _stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            // Overridden below: an empty endpoint makes the stack start and supervise DynamoDB Local itself.
            DynamoDbEndpoint = new Uri("http://127.0.0.1:1"),
            TableName = "faults-" + Guid.NewGuid().ToString("N"),
            LogSink = Log,
            ExtraArgs =
            [
                "--dynamodb-endpoint", "",
                "--dynamodb-local-dir", DynamoDbLocalFixture.InstallDirectory,
                "--queue-visibility-seconds", "2",
            ],
        });

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
