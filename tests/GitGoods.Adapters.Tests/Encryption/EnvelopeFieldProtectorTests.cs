using System.Text;
using GitGoods.Adapters.Encryption;
using GitGoods.Domain.Privacy;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>Field-by-field envelope encryption with a real local key ring: round trips, and every kind of tampering refused.</summary>
public sealed class EnvelopeFieldProtectorTests : IDisposable
{
    private readonly TempKeyRing _ring = new();
    private readonly EnvelopeFieldProtector _protector;

    public EnvelopeFieldProtectorTests() => _protector = _ring.Protector();

    public void Dispose()
    {
        _protector.Dispose();
        _ring.Dispose();
    }

    [Fact]
    public async Task Protect_ThenUnprotect_GivesBackEveryField()
    {
        var fields = OrderFields.Sample();

        var stored = await _protector.ProtectAsync("order-1", fields, default);
        var back = await _protector.UnprotectAsync("order-1", stored, default);

        back.Should().BeEquivalentTo(fields);
        stored.Ciphertexts.Keys.Should().BeEquivalentTo(fields.Keys);
        stored.KeyId.Should().Be(_ring.Local.CurrentKeyId);
    }

    [Fact]
    public async Task Unprotect_InAnotherProtectorOverTheSameKeyRing_GivesBackEveryField()
    {
        var fields = OrderFields.Sample();
        var stored = await _protector.ProtectAsync("order-1", fields, default);

        using var other = new LocalKeyFileDataKeySource(_ring.FilePath, TimeProvider.System);
        using var reader = new EnvelopeFieldProtector(other, TimeProvider.System);

        (await reader.UnprotectAsync("order-1", stored, default)).Should().BeEquivalentTo(fields);
    }

    [Theory]
    [InlineData("Zoë Ñandú-Øresund")]
    [InlineData("山田 太郎, 東京都千代田区1-1")]
    [InlineData("مُحَمَّد عَبْد ٱللَّٰه")]
    [InlineData("👩🏽‍💻 🏳️‍🌈 e\u0301 \u0000 \uFEFF")]
    [InlineData("line one\r\nline two\ttab")]
    public async Task Unicode_RoundTripsExactly(string value)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["shippingName"] = value, ["Straße/名前"] = value };

        var back = await _protector.UnprotectAsync("order-ü", await _protector.ProtectAsync("order-ü", fields, default), default);

        back["shippingName"].Should().Be(value);
        back["Straße/名前"].Should().Be(value);
    }

    [Fact]
    public async Task EmptyStrings_AndAnEmptyFieldSet_RoundTrip()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["addressLine2"] = "", ["phone"] = "" };

        var stored = await _protector.ProtectAsync("order-1", fields, default);
        var none = await _protector.ProtectAsync("order-1", new Dictionary<string, string>(StringComparer.Ordinal), default);

        (await _protector.UnprotectAsync("order-1", stored, default)).Should().BeEquivalentTo(fields);
        (await _protector.UnprotectAsync("order-1", none, default)).Should().BeEmpty();
        Convert.FromBase64String(stored.Ciphertexts["phone"]).Should().HaveCount(1 + 12 + 16, "version, nonce and tag even for no text");
    }

    [Fact]
    public async Task LargeField_RoundTrips()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["addressLine1"] = new string('x', 100_000) + "ü" };

        (await _protector.UnprotectAsync("o", await _protector.ProtectAsync("o", fields, default), default)).Should().BeEquivalentTo(fields);
    }

    [Theory]
    [InlineData("version", 0)]
    [InlineData("nonce", 1)]
    [InlineData("nonce", 12)]
    [InlineData("ciphertext", 13)]
    [InlineData("ciphertext", -17)]
    [InlineData("tag", -16)]
    [InlineData("tag", -1)]
    public async Task FlippingAnyByteOfAFieldCiphertext_IsRefused(string part, int index)
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var bytes = Convert.FromBase64String(stored.Ciphertexts["email"]);
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;
        var tampered = stored with { Ciphertexts = Replace(stored.Ciphertexts, "email", Convert.ToBase64String(bytes)) };

        var act = () => _protector.UnprotectAsync("order-1", tampered, default);

        (await act.Should().ThrowAsync<PersonalDataTamperedException>(part)).WithMessage("*'email'*order-1*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("not base64 at all!")]
    public async Task TruncatedOrGarbledCiphertext_IsRefused(string ciphertext)
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var tampered = stored with { Ciphertexts = Replace(stored.Ciphertexts, "phone", ciphertext) };

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", tampered, default)).Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task DroppingTheTag_IsRefused()
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var bytes = Convert.FromBase64String(stored.Ciphertexts["city"]);
        var tampered = stored with { Ciphertexts = Replace(stored.Ciphertexts, "city", Convert.ToBase64String(bytes[..^16])) };

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", tampered, default)).Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(-1)]
    public async Task FlippingAByteOfTheEncryptedDataKey_IsRefused_BySameAndByAFreshProtector(int index)
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var blob = Convert.FromBase64String(stored.EncryptedDataKey);
        blob[index < 0 ? blob.Length + index : index] ^= 0x80;
        var tampered = stored with { EncryptedDataKey = Convert.ToBase64String(blob) };
        using var fresh = _ring.Protector();

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", tampered, default)).Should().ThrowAsync<PersonalDataTamperedException>();
        await FluentActions.Awaiting(() => fresh.UnprotectAsync("order-1", tampered, default)).Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task AnotherKeyId_OrAMissingKeyId_IsRefused()
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", stored with { KeyId = "local-9-unknown" }, default))
            .Should().ThrowAsync<PersonalDataTamperedException>();
        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", stored with { KeyId = "" }, default))
            .Should().ThrowAsync<PersonalDataTamperedException>();
        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", stored with { EncryptedDataKey = "" }, default))
            .Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task AnotherOrdersEncryptedDataKey_IsRefused()
    {
        var first = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        _ring.Local.Rotate();
        using var later = _ring.Protector();
        var second = await later.ProtectAsync("order-2", OrderFields.Sample(), default);

        var act = () => _protector.UnprotectAsync("order-1", first with { KeyId = second.KeyId, EncryptedDataKey = second.EncryptedDataKey }, default);

        await act.Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task WrongOrderId_IsRefused()
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-2", stored, default)).Should().ThrowAsync<PersonalDataTamperedException>();
        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-10", stored, default)).Should().ThrowAsync<PersonalDataTamperedException>();
        await FluentActions.Awaiting(() => _protector.UnprotectAsync("Order-1", stored, default)).Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task ACiphertextCopiedFromAnotherOrder_IsRefused_EvenUnderTheSameDataKey()
    {
        var one = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var two = await _protector.ProtectAsync("order-2", OrderFields.Sample(" (2)"), default);
        two.EncryptedDataKey.Should().Be(one.EncryptedDataKey, "both were encrypted under the cached data key");

        var act = () => _protector.UnprotectAsync("order-1", one with { Ciphertexts = Replace(one.Ciphertexts, "email", two.Ciphertexts["email"]) }, default);

        await act.Should().ThrowAsync<PersonalDataTamperedException>();
    }

    [Fact]
    public async Task SwappingTwoFieldsCiphertexts_IsRefused()
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        var swapped = new Dictionary<string, string>(stored.Ciphertexts, StringComparer.Ordinal)
        {
            ["city"] = stored.Ciphertexts["country"],
            ["country"] = stored.Ciphertexts["city"],
        };

        var act = () => _protector.UnprotectAsync("order-1", stored with { Ciphertexts = swapped }, default);

        (await act.Should().ThrowAsync<PersonalDataTamperedException>()).Which.Message.Should().NotContain("Singapore").And.NotContain("SG\"");
    }

    [Fact]
    public async Task Ciphertexts_NeverContainThePlaintext_NorTheDataKey()
    {
        var fields = OrderFields.Sample();
        var stored = await _protector.ProtectAsync("order-1", fields, default);
        var dataKey = _ring.Source.GeneratedKeys.Single();

        // Runs of 4 or more: a shorter run turns up in random bytes by chance ("SG" in base64 about once in 30 tries).
        foreach (var (name, value) in fields)
        {
            var ciphertext = stored.Ciphertexts[name];
            var raw = Convert.FromBase64String(ciphertext);
            ContainsRun(raw, Encoding.UTF8.GetBytes(value), 4).Should().BeFalse($"no 4 bytes in a row of {name} may appear in its ciphertext");
            ContainsRun(raw, Encoding.Unicode.GetBytes(value), 4).Should().BeFalse();
            ContainsRun(Encoding.ASCII.GetBytes(ciphertext), Encoding.UTF8.GetBytes(value), 4).Should().BeFalse("nor in its base64");
        }

        var everything = string.Join("|", stored.Ciphertexts.Values) + stored.EncryptedDataKey + stored.KeyId + stored;
        everything.Should().NotContain("Ada Lovelace").And.NotContain("ada@example.com").And.NotContain("Marina Boulevard").And.NotContain("6123 4567");
        ContainsRun(Convert.FromBase64String(stored.EncryptedDataKey), dataKey, 4).Should().BeFalse("the wrapped key must not carry the key");
        stored.EncryptedDataKey.Should().NotContain(Convert.ToBase64String(dataKey)[..8]);
    }

    [Fact]
    public async Task TheSamePlaintextTwice_GivesDifferentCiphertexts()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["country"] = "SG" };

        var one = await _protector.ProtectAsync("order-1", fields, default);
        var two = await _protector.ProtectAsync("order-1", fields, default);

        one.Ciphertexts["country"].Should().NotBe(two.Ciphertexts["country"]);
    }

    [Fact]
    public async Task InvalidInput_IsRefusedBeforeAnythingIsEncrypted()
    {
        await FluentActions.Awaiting(() => _protector.ProtectAsync("", OrderFields.Sample(), default)).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => _protector.ProtectAsync("o", new Dictionary<string, string>(StringComparer.Ordinal) { [""] = "x" }, default))
            .Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => _protector.ProtectAsync("o", new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "lone \uD800 surrogate" }, default))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*'name'*");
        await FluentActions.Awaiting(() => _protector.UnprotectAsync("", new ProtectedFields("k", "AAAA", new Dictionary<string, string>(StringComparer.Ordinal)), default))
            .Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task AfterDispose_ItRefusesWork()
    {
        var stored = await _protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        _protector.Dispose();

        await FluentActions.Awaiting(() => _protector.UnprotectAsync("order-1", stored, default)).Should().ThrowAsync<ObjectDisposedException>();
        await FluentActions.Awaiting(() => _protector.ProtectAsync("order-1", OrderFields.Sample(), default)).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task ToString_OfTypesHoldingKeys_NeverShowsTheKey()
    {
        var generated = await _ring.Local.GenerateDataKeyAsync(default);
        using var file = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(_ring.FilePath));
        var masterKey = file.RootElement.GetProperty("keys")[0].GetProperty("key").GetString()!;

        generated.ToString().Should().NotContain(Convert.ToBase64String(generated.Plaintext)).And.Contain("redacted");
        _ring.Local.ToString().Should().NotContain(masterKey);
    }

    private static Dictionary<string, string> Replace(IReadOnlyDictionary<string, string> ciphertexts, string field, string value) =>
        new(ciphertexts, StringComparer.Ordinal) { [field] = value };

    /// <summary>Whether any <paramref name="run"/> consecutive bytes of <paramref name="needle"/> appear in <paramref name="haystack"/>.</summary>
    private static bool ContainsRun(byte[] haystack, byte[] needle, int run) =>
        Enumerable.Range(0, Math.Max(0, needle.Length - run + 1)).Any(i => haystack.AsSpan().IndexOf(needle.AsSpan(i, run)) >= 0);
}
