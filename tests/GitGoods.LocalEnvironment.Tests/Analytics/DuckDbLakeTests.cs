using System.Text;
using GitGoods.Analytics.ExportOrderLines;
using GitGoods.Analytics.Lake;
using GitGoods.Analytics.Queries;
using GitGoods.LocalEnvironment.Analytics;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

public class DuckDbLakeTests
{
    private static readonly DateTimeOffset PlacedAt = new(2026, 12, 3, 23, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void EmptyFolder_GivesEveryTableItsColumns_AndEveryQueryAndViewRuns()
    {
        using var folder = new LakeFolder();
        using var lake = DuckDbLake.Open(folder.Root);

        foreach (var table in LakeTables.All)
        {
            var result = lake.Query($"SELECT * FROM {table.Name}");
            result.Rows.Should().BeEmpty();
            result.Columns.Should().Equal(table.Columns.Select(c => c.Name).Append(LakeTable.PartitionColumn));
        }

        foreach (var query in SalesViews.All.Concat(SalesQueries.All))
        {
            var run = () => lake.Query(query.Sql);
            run.Should().NotThrow(query.Name);
        }

        lake.Query("SELECT * FROM order_lines_current_v").Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task ParquetFromTheEncoder_ReadsBackWithTheLakesTypesAndValues()
    {
        using var folder = new LakeFolder();
        var row = new OrderLineRow("order-1", 3, "CONFIRMED", true, PlacedAt, "2026-12-04", PlacedAt.AddMinutes(1),
            "seller-1", "p-1", "Ünïcode — Game 'quoted'", "PC", 2, 4999, 9998, "SGD");
        var key = LakeFile.KeyOf(LakeTables.OrderLines, new DateOnly(2026, 12, 3), "batch");
        await LakeFile.WriteAsync(folder.Files, key, LakeTables.OrderLines, OrderLineRow.Columns, [row], CancellationToken.None);
        using var lake = DuckDbLake.Open(folder.Root);

        var values = lake.Query("SELECT * FROM order_lines").Rows.Should().ContainSingle().Subject;

        values.Should().Equal("order-1", 3L, "CONFIRMED", true, PlacedAt.UtcDateTime, "2026-12-04", PlacedAt.AddMinutes(1).UtcDateTime,
            "seller-1", "p-1", "Ünïcode — Game 'quoted'", "PC", 2L, 4999L, 9998L, "SGD", "2026-12-03");
        var path = Literal(folder.Files.PathOf(key));
        var types = lake.Query($"SELECT name, type, logical_type FROM parquet_schema({path}) WHERE name <> 'duckdb_schema'")
            .Rows.ToDictionary(r => (string)r[0]!, r => $"{r[1]} {r[2]}", StringComparer.Ordinal);
        types["placed_at"].Should().Be("INT64 TimestampType(isAdjustedToUTC=1, unit=TimeUnit(MILLIS=MilliSeconds(), MICROS=<null>, NANOS=<null>))");
        types["order_version"].Should().StartWith("INT64");
        types["counted"].Should().StartWith("BOOLEAN");
        types["title"].Should().StartWith("BYTE_ARRAY StringType");
        lake.Query($"SELECT DISTINCT compression FROM parquet_metadata({path})").Rows.Should().ContainSingle().Which[0].Should().Be("SNAPPY");
    }

    [Fact]
    public async Task CsvTables_AreReadAsTextColumnsWithTheirPartition()
    {
        using var folder = new LakeFolder();
        var line = "\"e-1\",\"2026-12-04 01:02:03.000\",\"111122223333\",\"ap-southeast-1\",\"ACTION\",\"shop\",\"3\",\"x-1\",\"Build\",\"Compile\","
            + "\"SUCCEEDED\",\"cb-1\",\"Build\",\"AWS\",\"CodeBuild, \"\"quoted\"\"\"\n";
        await folder.Files.PutAsync("lake/pipeline_events/dt=2026-12-04/e-1.csv", Encoding.UTF8.GetBytes(line), "text/csv", CancellationToken.None);
        using var lake = DuckDbLake.Open(folder.Root);

        var row = lake.Query("SELECT event_id, CAST(time AS TIMESTAMP), action_provider, dt FROM pipeline_events").Rows.Should().ContainSingle().Subject;

        row.Should().Equal("e-1", new DateTime(2026, 12, 4, 1, 2, 3), "CodeBuild, \"quoted\"", "2026-12-04");
    }

    [Fact]
    public void Session_IsUtc_AsAthenasIs()
    {
        using var folder = new LakeFolder();
        using var lake = DuckDbLake.Open(folder.Root);

        lake.Query("SELECT current_setting('TimeZone')").Rows.Single()[0].Should().Be("UTC");
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
