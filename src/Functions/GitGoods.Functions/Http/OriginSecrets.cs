using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Http;

/// <summary>
/// The values of the <c>x-origin-verify</c> header that CloudFront adds to every <c>/api/*</c> request it forwards,
/// read from <c>ORIGIN_VERIFY_SECRETS</c>: a comma-separated list, current value first, then the previous one, so a
/// rotation never refuses traffic that CloudFront still signs with the old value. Unset or empty (the local
/// environment): nothing is checked.
/// </summary>
public sealed class OriginSecrets
{
    public const string Variable = "ORIGIN_VERIFY_SECRETS";

    /// <summary>The header CloudFront sets (it replaces any header of that name a viewer sends).</summary>
    public const string HeaderName = "x-origin-verify";

    /// <summary>Shorter values could be guessed; the CDK app generates longer ones.</summary>
    public const int MinimumLength = 32;

    // Only SHA-256 digests are kept: comparing digests takes the same time whatever the lengths of the value sent and
    // of the accepted ones (FixedTimeEquals on the raw bytes would return at once on a length difference).
    private readonly byte[][] _digests;

    private OriginSecrets(byte[][] digests) => _digests = digests;

    /// <summary>No check: the variable is unset or holds no value.</summary>
    public static OriginSecrets None { get; } = new([]);

    /// <summary>True when requests must carry one of the accepted values.</summary>
    public bool IsEnabled => _digests.Length > 0;

    /// <summary>How many values are accepted (current and previous).</summary>
    public int Count => _digests.Length;

    /// <summary>Reads the variable's value; empty entries are ignored and each entry is trimmed.</summary>
    /// <exception cref="InvalidOperationException">An entry is shorter than <see cref="MinimumLength"/>. The message names the variable, never a value.</exception>
    public static OriginSecrets Parse(string? value)
    {
        var entries = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Length < MinimumLength)
            {
                throw new InvalidOperationException(
                    $"{Variable}: accepted value {i + 1} of {entries.Length} is shorter than {MinimumLength} characters; " +
                    "every value must be at least that long.");
            }
        }

        return entries.Length == 0 ? None : new OriginSecrets([.. entries.Select(Digest)]);
    }

    /// <summary>True when <paramref name="presented"/> is one of the accepted values, compared in constant time.</summary>
    public bool Accepts(string? presented)
    {
        if (presented is null || !IsEnabled)
        {
            return false;
        }

        var digest = Digest(presented);
        var accepted = false;
        foreach (var candidate in _digests)
        {
            // Non-short-circuiting: every accepted value is compared, whichever matches.
            accepted |= CryptographicOperations.FixedTimeEquals(digest, candidate);
        }

        return accepted;
    }

    private static byte[] Digest(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
