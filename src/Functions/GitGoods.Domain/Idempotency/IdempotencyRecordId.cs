using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Domain.Idempotency;

/// <summary>
/// The id of an idempotency record in the layout Powertools for AWS Lambda uses: <c>&lt;function&gt;#&lt;hash&gt;</c>.
/// The key is hashed so client-chosen keys (and the caller scope mixed into them) never appear in the table.
/// </summary>
public static class IdempotencyRecordId
{
    /// <summary><c>functionName#</c> followed by the lower-case hex SHA-256 of <paramref name="scopedKey"/> (UTF-8).</summary>
    public static string For(string functionName, string scopedKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionName);
        ArgumentNullException.ThrowIfNull(scopedKey);
        return functionName + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scopedKey)));
    }
}
