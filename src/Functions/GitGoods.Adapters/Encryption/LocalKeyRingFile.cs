using System.Text.Json.Serialization;

namespace GitGoods.Adapters.Encryption;

/// <summary>The local key-ring file as stored: the master keys, oldest first; the last one wraps new data keys.</summary>
internal sealed class LocalKeyRingFile
{
    public List<LocalKeyRingEntry> Keys { get; init; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LocalKeyRingFile))]
internal sealed partial class LocalKeyRingJsonContext : JsonSerializerContext;
