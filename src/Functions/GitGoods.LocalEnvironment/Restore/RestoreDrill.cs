using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// A restore rehearsed end to end on one DynamoDB: export each table to DynamoDB JSON lines (as a DynamoDB export to
/// S3 writes them), create a new table of the same shape under <c>&lt;name&gt;-restored-&lt;UTC time&gt;</c>, import the
/// export into it, and verify that it holds exactly the exported items (count and <see cref="ItemSetChecksum"/>). Time
/// to live is switched on last, once verified, so nothing expires between import and check. The restored tables are
/// deleted at the end unless kept — also when a phase fails.
/// </summary>
public sealed class RestoreDrill(IAmazonDynamoDB dynamoDb, TimeProvider time)
{
    public const string RestoredInfix = "-restored-";

    /// <summary>Runs the drill on <paramref name="tables"/>, exporting into <paramref name="exportDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">When a table does not exist, or an import cannot finish.</exception>
    public async Task<RestoreDrillReport> RunAsync(
        IReadOnlyList<string> tables, string exportDirectory, bool keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var suffix = RestoredInfix + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var phases = new List<DrillPhase>();
        var created = new List<string>();
        try
        {
            var exports = await TimedAsync(phases, "export (Scan → DynamoDB JSON lines)",
                () => ExportAsync(tables, exportDirectory, cancellationToken));
            await TimedAsync(phases, "create tables (DescribeTable → CreateTable)", async () =>
            {
                foreach (var export in exports)
                {
                    await TableShape.CreateLikeAsync(dynamoDb, export.Description, export.Description.TableName + suffix, time, cancellationToken);
                    created.Add(export.Description.TableName + suffix);
                }

                return created.Count;
            });
            await TimedAsync(phases, "import (BatchWriteItem, 25 a call)",
                () => ImportAsync(exports, suffix, cancellationToken));
            var results = await TimedAsync(phases, "verify (count + SHA-256 of every item)",
                () => VerifyAsync(exports, suffix, cancellationToken));
            await TimedAsync(phases, "time to live on the restored tables", () => CopyTimeToLiveAsync(exports, suffix, cancellationToken));
            if (!keep)
            {
                await TimedAsync(phases, "delete the restored tables", () => DeleteAsync(created, cancellationToken));
            }

            return new RestoreDrillReport(results, phases);
        }
        finally
        {
            if (!keep && created.Count > 0)
            {
                await DeleteAsync(created, CancellationToken.None);
            }
        }
    }

    private async Task<List<Export>> ExportAsync(IReadOnlyList<string> tables, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var exports = new List<Export>();
        foreach (var table in tables)
        {
            TableDescription description;
            try
            {
                description = (await dynamoDb.DescribeTableAsync(table, cancellationToken)).Table;
            }
            catch (ResourceNotFoundException e)
            {
                throw new InvalidOperationException(
                    $"There is no table '{table}' to restore: start the local stack once (./scripts/run.sh) so it creates and seeds its tables.", e);
            }

            var file = Path.Combine(directory, table + ".json");
            exports.Add(new Export(description, file, await TableScan.ExportAsync(dynamoDb, table, file, cancellationToken)));
        }

        return exports;
    }

    private async Task<long> ImportAsync(List<Export> exports, string suffix, CancellationToken cancellationToken)
    {
        long written = 0;
        foreach (var export in exports)
        {
            written += await ItemImport.ImportAsync(dynamoDb, export.Description.TableName + suffix, export.File, time, cancellationToken);
        }

        return written;
    }

    private async Task<List<RestoredTable>> VerifyAsync(List<Export> exports, string suffix, CancellationToken cancellationToken)
    {
        var results = new List<RestoredTable>();
        foreach (var export in exports)
        {
            var restored = export.Description.TableName + suffix;
            var check = await TableScan.ChecksumAsync(dynamoDb, restored, cancellationToken);
            results.Add(new RestoredTable(export.Description.TableName, restored, export.File,
                export.Checksum.Count, export.Checksum.ToHex(), check.Count, check.ToHex()));
        }

        return results;
    }

    private async Task<int> CopyTimeToLiveAsync(List<Export> exports, string suffix, CancellationToken cancellationToken)
    {
        foreach (var export in exports)
        {
            _ = await TableShape.CopyTimeToLiveAsync(dynamoDb, export.Description.TableName, export.Description.TableName + suffix, cancellationToken);
        }

        return exports.Count;
    }

    private async Task<int> DeleteAsync(List<string> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            try
            {
                await dynamoDb.DeleteTableAsync(table, cancellationToken);
            }
            catch (ResourceNotFoundException)
            {
                // Already gone.
            }
        }

        var count = tables.Count;
        tables.Clear();
        return count;
    }

    private async Task<T> TimedAsync<T>(List<DrillPhase> phases, string name, Func<Task<T>> phase)
    {
        var started = time.GetTimestamp();
        var result = await phase();
        phases.Add(new DrillPhase(name, time.GetElapsedTime(started)));
        return result;
    }

    private sealed record Export(TableDescription Description, string File, ItemSetChecksum Checksum);
}
