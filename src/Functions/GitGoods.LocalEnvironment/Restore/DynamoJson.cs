using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// Items as DynamoDB JSON, the format of a DynamoDB export to S3: one <c>{"Item":{"PK":{"S":"…"},…}}</c> per line,
/// numbers as strings, binaries as base64. The writing is canonical — attribute names and map keys in ordinal order,
/// set members sorted — so the same item always gives the same bytes, whatever order DynamoDB returned it in; that
/// is what <see cref="ItemSetChecksum"/> hashes.
/// </summary>
public static class DynamoJson
{
    private const string ItemProperty = "Item";

    /// <summary>One export line (no line break) for <paramref name="item"/>.</summary>
    public static string ExportLine(IReadOnlyDictionary<string, AttributeValue> item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(ItemProperty);
            WriteMap(writer, item);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The canonical bytes of <paramref name="item"/> (its map, without the export line's wrapper).</summary>
    public static byte[] CanonicalBytes(IReadOnlyDictionary<string, AttributeValue> item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteMap(writer, item);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads one export line back into attribute values.</summary>
    /// <exception cref="FormatException">When the line is not an export line of DynamoDB JSON.</exception>
    public static IReadOnlyDictionary<string, AttributeValue> ReadExportLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return ReadMap(document.RootElement.GetProperty(ItemProperty));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("Not a line of a DynamoDB JSON export.", e);
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, AttributeValue> map)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in map.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, AttributeValue value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case { S: { } s }: writer.WriteString("S", s); break;
            case { N: { } n }: writer.WriteString("N", n); break;
            case { B: { } b }: writer.WriteString("B", Convert.ToBase64String(b.ToArray())); break;
            case { BOOL: { } flag }: writer.WriteBoolean("BOOL", flag); break;
            case { NULL: true }: writer.WriteBoolean("NULL", true); break;
            case { SS: { } ss }: WriteSet(writer, "SS", ss); break;
            case { NS: { } ns }: WriteSet(writer, "NS", ns); break;
            case { BS: { } bs }: WriteSet(writer, "BS", bs.Select(x => Convert.ToBase64String(x.ToArray()))); break;
            case { M: { } m }:
                writer.WritePropertyName("M");
                WriteMap(writer, m);
                break;
            case { L: { } l }:
                writer.WriteStartArray("L");
                foreach (var element in l)
                {
                    WriteValue(writer, element);
                }

                writer.WriteEndArray();
                break;
            default: throw new ArgumentException("An attribute value with no member set.", nameof(value));
        }

        writer.WriteEndObject();
    }

    // A set has no order: DynamoDB may return its members in any. Sorted, equal sets write equal bytes.
    private static void WriteSet(Utf8JsonWriter writer, string type, IEnumerable<string> members)
    {
        writer.WriteStartArray(type);
        foreach (var member in members.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(member);
        }

        writer.WriteEndArray();
    }

    private static Dictionary<string, AttributeValue> ReadMap(JsonElement map) =>
        map.EnumerateObject().ToDictionary(a => a.Name, a => ReadValue(a.Value), StringComparer.Ordinal);

    private static AttributeValue ReadValue(JsonElement value)
    {
        var member = value.EnumerateObject().Single();
        var content = member.Value;
        return member.Name switch
        {
            "S" => new AttributeValue { S = content.GetString() },
            "N" => new AttributeValue { N = content.GetString() },
            "B" => new AttributeValue { B = new MemoryStream(content.GetBytesFromBase64()) },
            "BOOL" => new AttributeValue { BOOL = content.GetBoolean() },
            "NULL" => new AttributeValue { NULL = content.GetBoolean() },
            "SS" => new AttributeValue { SS = [.. content.EnumerateArray().Select(s => s.GetString()!)] },
            "NS" => new AttributeValue { NS = [.. content.EnumerateArray().Select(n => n.GetString()!)] },
            "BS" => new AttributeValue { BS = [.. content.EnumerateArray().Select(b => new MemoryStream(b.GetBytesFromBase64()))] },
            "M" => new AttributeValue { M = ReadMap(content) },
            "L" => new AttributeValue { L = [.. content.EnumerateArray().Select(ReadValue)] },
            _ => throw new FormatException($"'{member.Name}' is not a DynamoDB JSON type."),
        };
    }
}
