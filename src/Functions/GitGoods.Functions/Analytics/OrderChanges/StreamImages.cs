using Amazon.DynamoDBv2.Model;
using GitGoods.Hosting.DynamoDbStreams;

namespace GitGoods.Analytics.OrderChanges;

/// <summary>Turns a stream event's DynamoDB JSON into the SDK's attribute values, so the store's own item mapping reads it.</summary>
public static class StreamImages
{
    public static IReadOnlyDictionary<string, AttributeValue> ToAttributes(IDictionary<string, StreamAttributeValue> image) =>
        image.ToDictionary(a => a.Key, a => ToAttribute(a.Value), StringComparer.Ordinal);

    public static AttributeValue ToAttribute(StreamAttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            { S: { } s } => new AttributeValue(s),
            { N: { } n } => new AttributeValue { N = n },
            { Bool: { } b } => new AttributeValue { BOOL = b },
            { Null: true } => new AttributeValue { NULL = true },
            { M: { } m } => new AttributeValue { M = m.ToDictionary(a => a.Key, a => ToAttribute(a.Value), StringComparer.Ordinal) },
            { L: { } l } => new AttributeValue { L = [.. l.Select(ToAttribute)] },
            { SS: { } ss } => new AttributeValue { SS = [.. ss] },
            { NS: { } ns } => new AttributeValue { NS = [.. ns] },
            { B: { } bytes } => new AttributeValue { B = new MemoryStream(Convert.FromBase64String(bytes)) },
            { BS: { } bs } => new AttributeValue { BS = [.. bs.Select(x => new MemoryStream(Convert.FromBase64String(x)))] },
            _ => throw new FormatException("A stream attribute value with no member set."),
        };
    }

    /// <summary>The other way: an item image as a stream event carries it (the local replay builds stream records so).</summary>
    public static IDictionary<string, StreamAttributeValue> FromAttributes(IReadOnlyDictionary<string, AttributeValue> image) =>
        image.ToDictionary(a => a.Key, a => FromAttribute(a.Value), StringComparer.Ordinal);

    public static StreamAttributeValue FromAttribute(AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            { S: { } s } => new StreamAttributeValue { S = s },
            { N: { } n } => new StreamAttributeValue { N = n },
            { BOOL: { } b } => new StreamAttributeValue { Bool = b },
            { NULL: true } => new StreamAttributeValue { Null = true },
            { M: { } m } => new StreamAttributeValue { M = m.ToDictionary(a => a.Key, a => FromAttribute(a.Value), StringComparer.Ordinal) },
            { L: { } l } => new StreamAttributeValue { L = [.. l.Select(FromAttribute)] },
            { SS: { Count: > 0 } ss } => new StreamAttributeValue { SS = [.. ss] },
            { NS: { Count: > 0 } ns } => new StreamAttributeValue { NS = [.. ns] },
            { B: { } bytes } => new StreamAttributeValue { B = Convert.ToBase64String(bytes.ToArray()) },
            _ => throw new ArgumentException("An attribute value with no member set.", nameof(value)),
        };
    }
}
