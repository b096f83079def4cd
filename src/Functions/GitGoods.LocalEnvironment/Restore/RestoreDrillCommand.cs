using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// <c>restore-drill [--keep] [--export-dir &lt;folder&gt;] [stack settings]</c> (scripts/restore-drill.sh): rehearses a
/// restore of every table the local stack keeps (the shop table and the idempotency table) on the stack's DynamoDB Local —
/// the running stack's engine, or one started on its data folder — and prints each table's counts and fingerprints, each
/// phase's time and the total. Exit code 0 when every restored table matches its source, 1 when one does not (or the
/// drill could not run), 2 for bad arguments. The stack settings are the stack's own switches (environment variables
/// work too): <c>--state-dir</c>, <c>--dynamodb-endpoint</c>, <c>--dynamodb-local-dir</c>, <c>--dynamodb-port</c>,
/// <c>--table-name</c>, <c>--region</c>.
/// </summary>
public static class RestoreDrillCommand
{
    public const string Name = "restore-drill";

    private const string Usage =
        "usage: restore-drill [--keep] [--export-dir <folder>] [--state-dir <folder>] [--dynamodb-endpoint <url>] "
        + "[--dynamodb-local-dir <folder>] [--dynamodb-port <port>] [--table-name <name>] [--region <region>]";

    private static readonly HashSet<string> StackSettings = new(StringComparer.Ordinal)
    {
        "--state-dir", "--dynamodb-endpoint", "--dynamodb-local-dir", "--dynamodb-port", "--table-name", "--region",
    };

    /// <summary>Runs the command as the program does: settings from the environment, Ctrl-C stops it cleanly.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            return await RunAsync(args, environment, Directory.GetCurrentDirectory(), output, TimeProvider.System, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, IConfiguration environment, string currentDirectory, TextWriter output, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var keep, out var exportDirectory, out var stackArgs)
            || !TryReadOptions(stackArgs, environment, currentDirectory, output, out var options))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var directory = exportDirectory ?? Directory.CreateTempSubdirectory("gitgoods-restore-drill-").FullName;
        try
        {
            var started = time.GetTimestamp();
            await using var engine = await DrillEngine.ConnectAsync(options, cancellationToken);
            var engineTime = time.GetElapsedTime(started);
            await output.WriteLineAsync($"Restore drill on {engine.Endpoint.GetLeftPart(UriPartial.Authority)} ({engine.Source})");
            await output.WriteLineAsync($"Export folder: {directory} (DynamoDB JSON, one item per line{(exportDirectory is null ? "; removed afterwards" : "; kept")})");
            await output.WriteLineAsync();
            using var client = engine.CreateClient(options.Region);
            var report = await new RestoreDrill(client, time).RunAsync(
                [options.TableName, options.IdempotencyTableName], directory, keep, cancellationToken);
            report = engine.Started ? report with { Phases = [new DrillPhase("start DynamoDB Local on the data folder", engineTime), .. report.Phases] } : report;
            report.Write(output);
            if (keep)
            {
                await output.WriteLineAsync($"Kept: {string.Join(", ", report.Tables.Select(t => t.Restored))}");
            }

            return report.Passed ? 0 : 1;
        }
        catch (InvalidOperationException e)
        {
            await output.WriteLineAsync($"{Name}: {e.Message}");
            return 1;
        }
        finally
        {
            if (exportDirectory is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, out bool keep, out string? exportDirectory, out List<string> stackArgs)
    {
        ArgumentNullException.ThrowIfNull(args);
        (keep, exportDirectory, stackArgs) = (false, null, []);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--keep":
                    keep = true;
                    break;
                case "--export-dir" when i + 1 < args.Count:
                    exportDirectory = Path.GetFullPath(args[++i]);
                    break;
                case var setting when StackSettings.Contains(setting) && i + 1 < args.Count:
                    stackArgs.Add(setting);
                    stackArgs.Add(args[++i]);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool TryReadOptions(
        List<string> stackArgs, IConfiguration environment, string currentDirectory, TextWriter output, out LocalEnvironmentOptions options)
    {
        try
        {
            options = LocalEnvironmentOptions.From([.. stackArgs], environment, currentDirectory);
            return true;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"{Name}: {e.Message}");
            options = null!;
            return false;
        }
    }
}
