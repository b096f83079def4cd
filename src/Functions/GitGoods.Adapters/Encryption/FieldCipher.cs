using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// One field's ciphertext: <c>version (1 byte) ‖ nonce (12) ‖ AES-256-GCM ciphertext ‖ tag (16)</c>. The associated
/// data binds the format version, the order id and the field name (each length-prefixed), so a ciphertext moved to
/// another order or another field, or relabelled with another version, fails authentication.
/// </summary>
internal static class FieldCipher
{
    public const byte FormatVersion = 1;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize;
    private const int Overhead = HeaderSize + TagSize;

    /// <summary>Strict UTF-8: text that is not valid Unicode is refused rather than silently replaced.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Label => "gitgoods/order-pii"u8;

    public static byte[] Encrypt(AesGcm aes, string orderId, string fieldName, string plaintext)
    {
        byte[] plain;
        try
        {
            plain = StrictUtf8.GetBytes(plaintext);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"Field '{fieldName}' is not valid Unicode text (a lone surrogate).", nameof(plaintext), e);
        }

        try
        {
            var output = new byte[Overhead + plain.Length];
            output[0] = FormatVersion;
            var nonce = output.AsSpan(1, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            aes.Encrypt(nonce, plain, output.AsSpan(HeaderSize, plain.Length), output.AsSpan(HeaderSize + plain.Length), AssociatedData(FormatVersion, orderId, fieldName));
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>The plaintext, or a <see cref="CryptographicException"/> when the ciphertext does not authenticate.</summary>
    public static string Decrypt(AesGcm aes, string orderId, string fieldName, ReadOnlySpan<byte> data)
    {
        if (data.Length < Overhead)
        {
            throw new CryptographicException($"The ciphertext is {data.Length} bytes, shorter than the {Overhead} every field has.");
        }

        if (data[0] != FormatVersion)
        {
            throw new CryptographicException($"Unknown ciphertext format version {data[0]}.");
        }

        var plain = new byte[data.Length - Overhead];
        try
        {
            aes.Decrypt(data.Slice(1, NonceSize), data[HeaderSize..^TagSize], data[^TagSize..], plain, AssociatedData(data[0], orderId, fieldName));
            return StrictUtf8.GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static byte[] AssociatedData(byte version, string orderId, string fieldName)
    {
        var order = StrictUtf8.GetBytes(orderId);
        var field = StrictUtf8.GetBytes(fieldName);
        var aad = new byte[Label.Length + 1 + 4 + order.Length + 4 + field.Length];
        var rest = aad.AsSpan();
        Label.CopyTo(rest);
        rest = rest[Label.Length..];
        rest[0] = version;
        rest = rest[1..];
        BinaryPrimitives.WriteInt32BigEndian(rest, order.Length);
        order.CopyTo(rest[4..]);
        rest = rest[(4 + order.Length)..];
        BinaryPrimitives.WriteInt32BigEndian(rest, field.Length);
        field.CopyTo(rest[4..]);
        return aad;
    }
}
