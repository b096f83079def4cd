using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Restore;
using GitGoods.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Restore;

/// <summary>
/// <c>restore-drill</c> as an operator runs it: on the configured endpoint, on the running stack's engine (found through
/// its endpoint file), or on DynamoDB Local it starts itself on the stack's data folder when nothing runs.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class RestoreDrillCommandTests(LocalEnvironmentFixture fixture) : IDisposable
{
    private static readonly IConfiguration NoEnvironment = new ConfigurationBuilder().Build();
    private readonly string _state = Directory.CreateTempSubdirectory("gitgoods-drill-state-").FullName;

    [Fact]
    public async Task OnTheConfiguredEndpoint_RestoresBothStackTables_PrintsEveryPhaseAndTheTotal_AndExitsZero()
    {
        var table = await StackTablesAsync(fixture.DynamoDb.Client, "cmd");
        using var output = new StringWriter();

        var exit = await RunAsync(output, "--dynamodb-endpoint", fixture.DynamoDb.Endpoint.ToString(), "--table-name", table);

        exit.Should().Be(0, output.ToString());
        var text = output.ToString();
        text.Should().Contain("(the configured endpoint)").And.Contain(RestoreDrillReport.PassedLine)
            .And.Contain("export (").And.Contain("import (").And.Contain("verify (").And.Contain("total")
            .And.MatchRegex($"{table} +{table}-restored-\\d{{8}}T\\d{{6}}Z +{VariedItems.Count} +{VariedItems.Count} ")
            .And.MatchRegex($"{table}-idempotency +{table}-idempotency-restored-");
        var folder = text.Split('\n')[1].Split("Export folder: ")[1].Split(" (")[0];
        Directory.Exists(folder).Should().BeFalse("a temporary export folder is removed");
    }

    [Fact]
    public async Task WithTheRunningStacksEndpointFile_UsesThatEngine()
    {
        var table = await StackTablesAsync(fixture.DynamoDb.Client, "cmd-running");
        new EndpointFile(Path.Combine(_state, "dynamodb-local.endpoint")).Write(fixture.DynamoDb.Endpoint);
        using var output = new StringWriter();

        var exit = await RunAsync(output, "--state-dir", _state, "--table-name", table);

        exit.Should().Be(0, output.ToString());
        output.ToString().Should().Contain("(the running local stack's DynamoDB Local)").And.NotContain("start DynamoDB Local");
    }

    [Fact]
    public async Task WhenNothingRuns_StartsDynamoDbLocalOnTheStacksDataFolder_AndStopsItAfterwards()
    {
        var options = Options();
        var engine = new DynamoDbEngine(options, new DynamoDbLocalInstaller(NullLogger<DynamoDbLocalInstaller>.Instance), NullLogger<DynamoDbEngine>.Instance);
        await engine.StartAsync(CancellationToken.None);
        new EndpointFile(options.DynamoDbEndpointFile).Read().Should().Be(engine.Endpoint, "a running engine says where it listens");
        using (var client = DynamoDbLocalFixture.CreateClient(engine.Endpoint))
        {
            await StackTablesAsync(client, tableName: options.TableName);
        }

        await engine.DisposeAsync();
        File.Exists(options.DynamoDbEndpointFile).Should().BeFalse("a stopped engine takes its endpoint file away");
        using var output = new StringWriter();

        var exit = await RunAsync(output, "--state-dir", _state, "--dynamodb-local-dir", DynamoDbLocalFixture.InstallDirectory);

        exit.Should().Be(0, output.ToString());
        output.ToString().Should().Contain($"started by the drill on {options.DataDirectory}").And.Contain("start DynamoDB Local on the data folder")
            .And.MatchRegex($"{LocalEnvironmentOptions.DefaultTableName} +{LocalEnvironmentOptions.DefaultTableName}-restored-\\S+ +{VariedItems.Count} +{VariedItems.Count} ");
        File.Exists(options.PidFile).Should().BeFalse("the drill stops the engine it started");
    }

    [Fact]
    public async Task MissingTables_ExitOneWithAMessage()
    {
        using var output = new StringWriter();

        var exit = await RunAsync(output, "--dynamodb-endpoint", fixture.DynamoDb.Endpoint.ToString(), "--table-name", "absent-" + Guid.NewGuid().ToString("N"));

        exit.Should().Be(1);
        output.ToString().Should().Contain("restore-drill: There is no table");
    }

    [Theory]
    [InlineData("--kep")]
    [InlineData("--export-dir")]
    [InlineData("--urls", "http://127.0.0.1:1")]
    public async Task UnknownOrIncompleteArguments_PrintUsage_AndExitTwo(params string[] args)
    {
        using var output = new StringWriter();

        var exit = await RestoreDrillCommand.RunAsync(args, NoEnvironment, _state, output, TimeProvider.System, CancellationToken.None);

        exit.Should().Be(2);
        output.ToString().Should().StartWith("usage: restore-drill");
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private Task<int> RunAsync(TextWriter output, params string[] args) =>
        RestoreDrillCommand.RunAsync(args, NoEnvironment, _state, output, TimeProvider.System, CancellationToken.None);

    private LocalEnvironmentOptions Options() => LocalEnvironmentOptions.From(
        ["--state-dir", _state, "--dynamodb-local-dir", DynamoDbLocalFixture.InstallDirectory], NoEnvironment, _state);

    /// <summary>A shop table full of varied items and its idempotency table, named as the stack names them.</summary>
    private static async Task<string> StackTablesAsync(Amazon.DynamoDBv2.IAmazonDynamoDB client, string prefix = "stack", string? tableName = null)
    {
        var table = tableName ?? $"{prefix}-{Guid.NewGuid():N}";
        await client.CreateTableAsync(GitGoods.Adapters.Table.ShopTable.CreateTableRequest(table));
        await client.CreateTableAsync(GitGoods.Adapters.Idempotency.IdempotencyTable.CreateTableRequest(table + "-idempotency"));
        await VariedItems.PutAllAsync(client, table);
        return table;
    }
}
