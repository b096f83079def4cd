using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Domain.Orders;

/// <summary>
/// An order's id is derived from the shopper and their idempotency key, so a retry that outlives the idempotency
/// record (a crash after the order was written) lands on the same order instead of placing a second one.
/// </summary>
public static class OrderIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>24 characters of lowercase base32 (120 bits) of SHA-256 over the customer id and key.</summary>
    public static string From(string customerId, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"order\n{customerId}\n{idempotencyKey}"));
        var id = new StringBuilder(24);
        var buffer = 0;
        var bits = 0;
        foreach (var b in hash.AsSpan(0, 15))
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                id.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }

        return id.ToString();
    }

    /// <summary>True for a string shaped like an id this class makes (cheap check before reading the table).</summary>
    public static bool IsWellFormed(string? id) => id is { Length: 24 } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
