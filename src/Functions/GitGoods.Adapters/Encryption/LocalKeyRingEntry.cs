namespace GitGoods.Adapters.Encryption;

/// <summary>One local master key as stored. <see cref="ToString"/> never shows the key.</summary>
internal sealed class LocalKeyRingEntry
{
    public required string Id { get; init; }

    /// <summary>The 256-bit master key, base64.</summary>
    public required string Key { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public override string ToString() => $"LocalKeyRingEntry {{ Id = {Id}, Key = [redacted], CreatedAt = {CreatedAt:O} }}";
}
