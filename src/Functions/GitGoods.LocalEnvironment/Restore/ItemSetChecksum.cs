using System.Security.Cryptography;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// A fingerprint of a set of items that does not depend on the order they were read in: the SHA-256 of each item's
/// canonical DynamoDB JSON (<see cref="DynamoJson.CanonicalBytes"/>), those digests sorted, then the SHA-256 of them
/// all. Two tables with the same items give the same value; one changed attribute of one item (a string, a number,
/// a byte of a binary, a set member, a nested map entry) gives another. Holds 32 bytes an item, never the items.
/// </summary>
public sealed class ItemSetChecksum
{
    private readonly List<byte[]> _digests = [];

    public long Count => _digests.Count;

    public void Add(IReadOnlyDictionary<string, AttributeValue> item) => _digests.Add(SHA256.HashData(DynamoJson.CanonicalBytes(item)));

    /// <summary>The fingerprint as 64 lower-case hex digits.</summary>
    public string ToHex()
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var digest in _digests.Order(DigestOrder.Instance))
        {
            all.AppendData(digest);
        }

        return Convert.ToHexStringLower(all.GetHashAndReset());
    }

    private sealed class DigestOrder : IComparer<byte[]>
    {
        public static readonly DigestOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
