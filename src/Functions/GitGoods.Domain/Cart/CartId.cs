using System.Buffers.Text;
using System.Security.Cryptography;

namespace GitGoods.Domain.Cart;

/// <summary>Anonymous cart ids: 128 random bits, base64url without padding (22 characters). Unguessable.</summary>
public static class CartId
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>True for a string of the shape <see cref="New"/> returns.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
