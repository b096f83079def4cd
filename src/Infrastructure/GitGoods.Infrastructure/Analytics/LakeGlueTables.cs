using Amazon.CDK;
using Amazon.CDK.AWS.Glue;
using Amazon.CDK.AWS.S3;

using Constructs;

using GitGoods.Analytics.Lake;

namespace GitGoods.Infrastructure.Analytics;

/// <summary>
/// One Glue table per <see cref="LakeTable"/>, built from the same definition the writers and the local DuckDB views use,
/// so the schema Athena reads cannot drift from the files. Partitions are never crawled or added: partition projection
/// derives them from the <c>dt=yyyy-MM-dd</c> key layout (from <see cref="LakeTable.FirstPartitionDay"/> to today).
/// </summary>
internal static class LakeGlueTables
{
    public const string ParquetSerDe = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
    public const string CsvSerDe = "org.apache.hadoop.hive.serde2.OpenCSVSerde";

    public static IReadOnlyDictionary<string, CfnTable> Create(Construct scope, CfnDatabase database, string databaseName, IBucket bucket) =>
        LakeTables.All.ToDictionary(t => t.Name, t => Create(scope, database, databaseName, bucket, t), StringComparer.Ordinal);

    private static CfnTable Create(Construct scope, CfnDatabase database, string databaseName, IBucket bucket, LakeTable table)
    {
        var location = bucket.S3UrlForObject(table.Prefix);
        var glueTable = new CfnTable(scope, "Table" + string.Concat(table.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            new CfnTableProps
            {
                CatalogId = Stack.Of(scope).Account,
                DatabaseName = databaseName,
                TableInput = new CfnTable.TableInputProperty
                {
                    Name = table.Name,
                    Description = table.Description,
                    TableType = "EXTERNAL_TABLE",
                    Parameters = Parameters(table, location),
                    PartitionKeys = new object[]
                    {
                        new CfnTable.ColumnProperty { Name = LakeTable.PartitionColumn, Type = "string", Comment = "The day, yyyy-MM-dd." },
                    },
                    StorageDescriptor = new CfnTable.StorageDescriptorProperty
                    {
                        Location = location,
                        Columns = table.Columns.Select(c => (object)new CfnTable.ColumnProperty { Name = c.Name, Type = GlueType(c.Type), Comment = c.Comment }).ToArray(),
                        InputFormat = table.Format == LakeFormat.Parquet
                            ? "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"
                            : "org.apache.hadoop.mapred.TextInputFormat",
                        OutputFormat = table.Format == LakeFormat.Parquet
                            ? "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"
                            : "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                        SerdeInfo = SerDe(table.Format),
                    },
                },
            });
        glueTable.Node.AddDependency(database);
        return glueTable;
    }

    private static Dictionary<string, string> Parameters(LakeTable table, string location) => new(StringComparer.Ordinal)
    {
        ["classification"] = table.Format == LakeFormat.Parquet ? "parquet" : "csv",
        ["projection.enabled"] = "true",
        [$"projection.{LakeTable.PartitionColumn}.type"] = "date",
        [$"projection.{LakeTable.PartitionColumn}.format"] = "yyyy-MM-dd",
        [$"projection.{LakeTable.PartitionColumn}.range"] = $"{LakeTable.FirstPartitionDay},NOW",
        [$"projection.{LakeTable.PartitionColumn}.interval"] = "1",
        [$"projection.{LakeTable.PartitionColumn}.interval.unit"] = "DAYS",
        ["storage.location.template"] = location + LakeTable.PartitionColumn + "=${" + LakeTable.PartitionColumn + "}/",
    };

    private static CfnTable.SerdeInfoProperty SerDe(LakeFormat format) => format == LakeFormat.Parquet
        ? new CfnTable.SerdeInfoProperty { SerializationLibrary = ParquetSerDe, Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["serialization.format"] = "1" } }
        : new CfnTable.SerdeInfoProperty
        {
            SerializationLibrary = CsvSerDe,
            // RFC 4180: fields quoted with ", a quote inside doubled; OpenCSVSerDe reads every column as a string.
            Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["separatorChar"] = ",", ["quoteChar"] = "\"", ["escapeChar"] = "\\" },
        };

    private static string GlueType(LakeType type) => type switch
    {
        LakeType.Text => "string",
        LakeType.BigInt => "bigint",
        LakeType.Flag => "boolean",
        LakeType.Timestamp => "timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
