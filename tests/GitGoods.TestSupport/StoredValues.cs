using System.IO.Compression;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.TestSupport;

/// <summary>
/// Every value stored in a DynamoDB engine, as text, for scans that look for what must not be there (e.g. personal data
/// in plain text): every item of every table (ListTables and Scan, both paged), every attribute at any depth. Binary
/// values (B, BS) are decoded as UTF-8 and UTF-16, and gunzipped first when they are gzip, so plain text hidden in bytes
/// is found too.
/// </summary>
public static class StoredValues
{
    /// <summary>One stored value: where it is (<c>table PK/SK attribute.path</c>) and its text.</summary>
    public sealed record Value(string Where, string Text);

    public static async Task<IReadOnlyList<string>> TablesAsync(IAmazonDynamoDB dynamoDb)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var tables = new List<string>();
        string? start = null;
        do
        {
            var page = await dynamoDb.ListTablesAsync(new ListTablesRequest { ExclusiveStartTableName = start, Limit = 10 });
            tables.AddRange(page.TableNames ?? []);
            start = page.LastEvaluatedTableName;
        }
        while (!string.IsNullOrEmpty(start));
        return tables;
    }

    /// <summary>Every value of every item of every table, and how many items were read.</summary>
    public static async Task<(IReadOnlyList<Value> Values, int Items)> AllAsync(IAmazonDynamoDB dynamoDb)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var values = new List<Value>();
        var items = 0;
        foreach (var table in await TablesAsync(dynamoDb))
        {
            Dictionary<string, AttributeValue>? start = null;
            do
            {
                var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = table, ExclusiveStartKey = start, Limit = 100, ConsistentRead = true });
                foreach (var item in page.Items ?? [])
                {
                    items++;
                    var key = $"{table} {Text(item, "PK")}/{Text(item, "SK")}";
                    foreach (var (name, value) in item)
                    {
                        Flatten(key + " " + name, value, values);
                    }
                }

                start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            }
            while (start is not null);
        }

        return (values, items);
    }

    /// <summary>The text forms of a binary value: UTF-8, UTF-16 (little-endian), each after gunzip when it is gzip.</summary>
    public static IEnumerable<string> Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        yield return Encoding.UTF8.GetString(bytes);
        yield return Encoding.Unicode.GetString(bytes);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            foreach (var text in Decode(output.ToArray()))
            {
                yield return text;
            }
        }
    }

    private static string Text(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? value.S ?? value.N ?? "(binary)" : "-";

    private static void Flatten(string where, AttributeValue value, List<Value> values)
    {
        if (value.S is not null)
        {
            values.Add(new Value(where, value.S));
        }

        if (value.N is not null)
        {
            values.Add(new Value(where, value.N));
        }

        if (value.B is not null)
        {
            values.AddRange(Decode(value.B.ToArray()).Select(t => new Value(where + " (binary)", t)));
        }

        values.AddRange((value.SS ?? []).Select(s => new Value(where + " (string set)", s)));
        values.AddRange((value.NS ?? []).Select(n => new Value(where + " (number set)", n)));
        foreach (var bytes in value.BS ?? [])
        {
            values.AddRange(Decode(bytes.ToArray()).Select(t => new Value(where + " (binary set)", t)));
        }

        foreach (var (name, inner) in value.M ?? [])
        {
            Flatten(where + "." + name, inner, values);
        }

        var index = 0;
        foreach (var inner in value.L ?? [])
        {
            Flatten($"{where}[{index++}]", inner, values);
        }
    }
}
