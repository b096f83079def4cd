using System.Text.Json.Serialization;

namespace GitGoods.Hosting.DynamoDbStreams;

/// <summary>
/// A DynamoDB attribute value as stream events carry it (DynamoDB JSON: <c>{"S":"…"}</c>, <c>{"N":"12"}</c>,
/// <c>{"M":{…}}</c>, …). Exactly one member is set.
/// </summary>
public sealed class StreamAttributeValue
{
    [JsonPropertyName("S")]
    public string? S { get; set; }

    /// <summary>Numbers travel as strings, so no precision is lost.</summary>
    [JsonPropertyName("N")]
    public string? N { get; set; }

    /// <summary>Base64 of the bytes.</summary>
    [JsonPropertyName("B")]
    public string? B { get; set; }

    [JsonPropertyName("BOOL")]
    public bool? Bool { get; set; }

    [JsonPropertyName("NULL")]
    public bool? Null { get; set; }

    [JsonPropertyName("SS")]
    public IList<string>? SS { get; set; }

    [JsonPropertyName("NS")]
    public IList<string>? NS { get; set; }

    [JsonPropertyName("BS")]
    public IList<string>? BS { get; set; }

    [JsonPropertyName("L")]
    public IList<StreamAttributeValue>? L { get; set; }

    [JsonPropertyName("M")]
    public IDictionary<string, StreamAttributeValue>? M { get; set; }
}
