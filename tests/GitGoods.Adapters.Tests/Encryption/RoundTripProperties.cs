using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Adapters.Encryption;
using GitGoods.Domain.Privacy;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>Random well-formed Unicode fields and order ids round-trip, and any single flipped bit is refused.</summary>
public sealed class RoundTripProperties : IDisposable
{
    private readonly TempKeyRing _ring = new();
    private readonly EnvelopeFieldProtector _protector;

    public RoundTripProperties() => _protector = _ring.Protector();

    public void Dispose()
    {
        _protector.Dispose();
        _ring.Dispose();
    }

    /// <summary>Text of any Unicode scalar values (surrogate pairs included, lone surrogates never), sometimes empty.</summary>
    public static Arbitrary<string> Text() =>
        Gen.OneOf(
                Gen.Choose(0, 0x7F),
                Gen.Choose(0x80, 0xD7FF),
                Gen.Choose(0xE000, 0x10FFFF))
            .Select(c => new Rune(c).ToString())
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    /// <summary>Field maps with non-empty names.</summary>
    public static Arbitrary<IReadOnlyDictionary<string, string>> Fields() =>
        Gen.Zip(Text().Generator.Where(n => n.Length > 0), Text().Generator)
            .ListOf()
            .Select(IReadOnlyDictionary<string, string> (pairs) => pairs.DistinctBy(p => p.Item1, StringComparer.Ordinal).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(RoundTripProperties)], MaxTest = 200)]
    public bool AnyFields_RoundTrip(IReadOnlyDictionary<string, string> fields, string orderId)
    {
        var id = "o" + orderId;

        var stored = _protector.ProtectAsync(id, fields, default).GetAwaiter().GetResult();
        var back = _protector.UnprotectAsync(id, stored, default).GetAwaiter().GetResult();

        return back.Count == fields.Count && fields.All(f => string.Equals(back[f.Key], f.Value, StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(RoundTripProperties)], MaxTest = 200)]
    public bool AnySingleFlippedBit_IsRefused(string value, PositiveInt bitSeed)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["shippingName"] = value };
        var stored = _protector.ProtectAsync("order-1", fields, default).GetAwaiter().GetResult();
        var bytes = Convert.FromBase64String(stored.Ciphertexts["shippingName"]);
        var bit = bitSeed.Get % (bytes.Length * 8);
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));
        var tampered = stored with { Ciphertexts = new Dictionary<string, string>(StringComparer.Ordinal) { ["shippingName"] = Convert.ToBase64String(bytes) } };

        try
        {
            _protector.UnprotectAsync("order-1", tampered, default).GetAwaiter().GetResult();
            return false;
        }
        catch (PersonalDataTamperedException)
        {
            return true;
        }
    }
}
