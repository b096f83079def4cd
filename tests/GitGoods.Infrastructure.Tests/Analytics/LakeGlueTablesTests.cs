using System.Text.Json;

using GitGoods.Analytics.Lake;

namespace GitGoods.Infrastructure.Tests.Analytics;

/// <summary>The Glue tables Athena plans from: one per lake table, the writers' columns in the writers' order, partition projection over dt.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class LakeGlueTablesTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> LakeTableNames => [.. LakeTables.All.Select(t => t.Name)];

    [Fact]
    public void Database_HoldsExactlyTheLakeTables()
    {
        stack.Resources("AWS::Glue::Table").Values.Select(t => Input(t).GetProperty("Name").GetString())
            .Should().BeEquivalentTo(LakeTables.All.Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(LakeTableNames))]
    public void Table_HasTheWritersColumnsInOrder_WithGlueTypes(string name)
    {
        var table = LakeTables.All.Single(t => t.Name == name);
        var columns = Input(Find(name)).GetProperty("StorageDescriptor").GetProperty("Columns").EnumerateArray()
            .Select(c => (c.GetProperty("Name").GetString(), c.GetProperty("Type").GetString())).ToList();

        columns.Should().Equal(table.Columns.Select(c => ((string?)c.Name, (string?)(c.Type switch
        {
            LakeType.Text => "string",
            LakeType.BigInt => "bigint",
            LakeType.Flag => "boolean",
            LakeType.Timestamp => "timestamp",
            _ => "unknown",
        }))));
    }

    [Theory]
    [MemberData(nameof(LakeTableNames))]
    public void Table_IsPartitionedByDayWithProjection_OverItsOwnPrefix(string name)
    {
        var input = Input(Find(name));
        var parameters = input.GetProperty("Parameters");
        var location = Compact(input.GetProperty("StorageDescriptor").GetProperty("Location"));

        input.GetProperty("PartitionKeys").EnumerateArray().Select(p => (p.GetProperty("Name").GetString(), p.GetProperty("Type").GetString()))
            .Should().Equal([("dt", "string")]);
        input.GetProperty("TableType").GetString().Should().Be("EXTERNAL_TABLE");
        parameters.GetProperty("projection.enabled").GetString().Should().Be("true");
        parameters.GetProperty("projection.dt.type").GetString().Should().Be("date");
        parameters.GetProperty("projection.dt.format").GetString().Should().Be("yyyy-MM-dd");
        parameters.GetProperty("projection.dt.range").GetString().Should().Be("2026-01-01,NOW");
        parameters.GetProperty("projection.dt.interval.unit").GetString().Should().Be("DAYS");
        location.Should().Contain($"/lake/{name}/");
        Compact(parameters.GetProperty("storage.location.template")).Should().Contain($"/lake/{name}/dt=${{dt}}/");
    }

    [Theory]
    [MemberData(nameof(LakeTableNames))]
    public void Table_ReadsItsFilesWithTheFormatsSerDe(string name)
    {
        var table = LakeTables.All.Single(t => t.Name == name);
        var storage = Input(Find(name)).GetProperty("StorageDescriptor");
        var serde = storage.GetProperty("SerdeInfo");

        if (table.Format == LakeFormat.Parquet)
        {
            serde.GetProperty("SerializationLibrary").GetString().Should().Be("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");
            storage.GetProperty("InputFormat").GetString().Should().Be("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat");
        }
        else
        {
            serde.GetProperty("SerializationLibrary").GetString().Should().Be("org.apache.hadoop.hive.serde2.OpenCSVSerde");
            serde.GetProperty("Parameters").GetProperty("separatorChar").GetString().Should().Be(",");
            serde.GetProperty("Parameters").GetProperty("quoteChar").GetString().Should().Be("\"");
            storage.GetProperty("InputFormat").GetString().Should().Be("org.apache.hadoop.mapred.TextInputFormat");
            table.Columns.Should().OnlyContain(c => c.Type == LakeType.Text, "OpenCSVSerDe reads strings; queries cast");
        }
    }

    [Fact]
    public void LakeTables_HoldNoPersonalDataColumn()
    {
        string[] personal = ["customer", "name", "email", "phone", "address", "shipping", "token", "pii"];
        LakeTables.All.SelectMany(t => t.Columns).Select(c => c.Name)
            .Where(n => n != "pipeline" && personal.Any(p => n.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .Should().BeEmpty();
    }

    private JsonElement Find(string name) =>
        stack.Resources("AWS::Glue::Table").Values.Single(t => Input(t).GetProperty("Name").GetString() == name);

    private static JsonElement Input(JsonElement table) => table.GetProperty("Properties").GetProperty("TableInput");

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
