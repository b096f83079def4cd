using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitGoods.Hosting.EventBridge;

/// <summary>
/// The EventBridge envelope. <see cref="Detail"/> stays raw JSON: each handler reads it with its own
/// source-generated type, since the envelope cannot know every detail shape.
/// </summary>
public sealed class EventBridgeEvent
{
    public string Version { get; set; } = "0";
    public string Id { get; set; } = "";

    [JsonPropertyName("detail-type")]
    public string DetailType { get; set; } = "";

    public string Source { get; set; } = "";
    public string Account { get; set; } = "";
    public DateTimeOffset Time { get; set; }
    public string Region { get; set; } = "";
    public IList<string> Resources { get; set; } = [];
    public JsonElement Detail { get; set; }
}
