using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text.Json;
using GitGoods.Adapters.Encryption;
using GitGoods.Domain.Privacy;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>The local stand-in for KMS: an owner-only key-ring file, created on first use, rotated by adding a key.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalKeyFileDataKeySourceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly TempKeyRing _ring;

    public LocalKeyFileDataKeySourceTests() => _ring = new TempKeyRing(_time);

    public void Dispose() => _ring.Dispose();

    [Fact]
    public async Task FirstUse_CreatesAnOwnerOnlyKeyRingWithOneRandomKey()
    {
        File.Exists(_ring.FilePath).Should().BeFalse();

        var generated = await _ring.Local.GenerateDataKeyAsync(default);

        _ring.FilePath.Should().Be(Path.Combine(_ring.Folder, "keys", "order-pii-keys.json"));
        File.GetUnixFileMode(_ring.FilePath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.GetDirectoryName(_ring.FilePath)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var keys = Keys();
        keys.Should().ContainSingle();
        keys[0].GetProperty("id").GetString().Should().Be(generated.KeyId).And.StartWith("local-1-20261127T090000Z-");
        Convert.FromBase64String(keys[0].GetProperty("key").GetString()!).Should().HaveCount(32);
        keys[0].GetProperty("createdAt").GetDateTimeOffset().Should().Be(Now);
        generated.Plaintext.Should().HaveCount(32);
    }

    [Fact]
    public async Task GeneratedKeys_UnwrapToThemselves_AndDiffer()
    {
        var one = await _ring.Local.GenerateDataKeyAsync(default);
        var two = await _ring.Local.GenerateDataKeyAsync(default);

        (await _ring.Local.DecryptDataKeyAsync(one.KeyId, one.EncryptedKey, default)).Should().Equal(one.Plaintext);
        two.Plaintext.Should().NotEqual(one.Plaintext);
        two.EncryptedKey.Should().NotEqual(one.EncryptedKey);
    }

    [Fact]
    public async Task AWrappedKey_DoesNotUnwrapUnderAnotherKeyId_OrWhenChanged()
    {
        var generated = await _ring.Local.GenerateDataKeyAsync(default);
        var newId = _ring.Local.Rotate();
        var changed = (byte[])generated.EncryptedKey.Clone();
        changed[^1] ^= 1;

        await FluentActions.Awaiting(() => _ring.Local.DecryptDataKeyAsync(newId, generated.EncryptedKey, default)).Should().ThrowAsync<CryptographicException>();
        await FluentActions.Awaiting(() => _ring.Local.DecryptDataKeyAsync(generated.KeyId, changed, default)).Should().ThrowAsync<CryptographicException>();
        await FluentActions.Awaiting(() => _ring.Local.DecryptDataKeyAsync("nope", generated.EncryptedKey, default)).Should().ThrowAsync<CryptographicException>();
        await FluentActions.Awaiting(() => _ring.Local.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey[..^1], default)).Should().ThrowAsync<CryptographicException>();
    }

    [Fact]
    public async Task AfterRotate_NewDataUsesTheNewKey_AndDataUnderTheOldKeyStillDecrypts()
    {
        using var before = _ring.Protector();
        var old = await before.ProtectAsync("order-1", OrderFields.Sample(), default);

        _time.Advance(TimeSpan.FromDays(365));
        var newId = _ring.Local.Rotate();
        using var after = _ring.Protector();
        var fresh = await after.ProtectAsync("order-2", OrderFields.Sample(), default);

        fresh.KeyId.Should().Be(newId).And.NotBe(old.KeyId);
        Keys().Select(k => k.GetProperty("id").GetString()).Should().Equal(old.KeyId, newId);
        File.GetUnixFileMode(_ring.FilePath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        (await after.UnprotectAsync("order-1", old, default)).Should().BeEquivalentTo(OrderFields.Sample());

        using var restarted = new LocalKeyFileDataKeySource(_ring.FilePath, _time);
        using var reader = new EnvelopeFieldProtector(restarted, _time);
        (await reader.UnprotectAsync("order-1", old, default)).Should().BeEquivalentTo(OrderFields.Sample());
        (await reader.UnprotectAsync("order-2", fresh, default)).Should().BeEquivalentTo(OrderFields.Sample());
    }

    [Fact]
    public async Task Rotate_BeforeFirstUse_CreatesTheRingWithTwoKeys_TheNewOneCurrent()
    {
        var newId = _ring.Local.Rotate();

        Keys().Should().HaveCount(2);
        _ring.Local.CurrentKeyId.Should().Be(newId);
        (await _ring.Local.GenerateDataKeyAsync(default)).KeyId.Should().Be(newId);
        File.Exists(_ring.FilePath + ".lock").Should().BeTrue("the lock file stays");
        Directory.GetFiles(Path.GetDirectoryName(_ring.FilePath)!, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task ConcurrentRotations_LoseNoKey()
    {
        using var other = new LocalKeyFileDataKeySource(_ring.FilePath, _time);

        var ids = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => (i % 2 == 0 ? _ring.Local : other).Rotate())));

        Keys().Select(k => k.GetProperty("id").GetString()).Should().Contain(ids).And.HaveCount(11);
    }

    [Fact]
    public async Task AKeyAddedByAnotherInstance_IsPickedUpWhenDataNeedsIt()
    {
        var reader = _ring.Local;
        _ = reader.CurrentKeyId;
        using var rotator = new LocalKeyFileDataKeySource(_ring.FilePath, _time);
        rotator.Rotate();
        var generated = await rotator.GenerateDataKeyAsync(default);

        (await reader.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey, default)).Should().Equal(generated.Plaintext);
    }

    [Fact]
    public async Task InstancesStartingTogether_AllUseTheOneKeyRing()
    {
        var sources = Enumerable.Range(0, 8).Select(_ => new LocalKeyFileDataKeySource(_ring.FilePath, _time)).ToList();
        try
        {
            var ids = await Task.WhenAll(sources.Select(s => Task.Run(() => s.CurrentKeyId)));

            ids.Distinct().Should().ContainSingle();
            Keys().Should().ContainSingle();
        }
        finally
        {
            sources.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void AKeyRingOthersCanRead_IsRefused()
    {
        _ = _ring.Local.CurrentKeyId;
        File.SetUnixFileMode(_ring.FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        using var source = new LocalKeyFileDataKeySource(_ring.FilePath, _time);

        FluentActions.Invoking(() => source.CurrentKeyId).Should().Throw<InvalidOperationException>().WithMessage("*chmod 600*");
    }

    [Theory]
    [InlineData("""{"keys":[]}""")]
    [InlineData("""{"keys":[{"id":"a","key":"AAAA","createdAt":"2026-01-01T00:00:00Z"}]}""")]
    [InlineData("not json")]
    public void ADamagedKeyRing_IsRefusedWithoutShowingKeys(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_ring.FilePath)!);
        File.WriteAllText(_ring.FilePath, content);
        File.SetUnixFileMode(_ring.FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        FluentActions.Invoking(() => _ring.Local.CurrentKeyId).Should().Throw<InvalidDataException>().Which.Message.Should().NotContain("AAAA");
    }

    [Fact]
    public async Task DataUnderADeletedKey_IsRefusedAsTampered()
    {
        using var protector = _ring.Protector();
        var stored = await protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        _ring.Local.Dispose();
        File.Delete(_ring.FilePath);
        using var other = new LocalKeyFileDataKeySource(_ring.FilePath, _time);
        using var reader = new EnvelopeFieldProtector(other, _time);

        await FluentActions.Awaiting(() => reader.UnprotectAsync("order-1", stored, default)).Should().ThrowAsync<PersonalDataTamperedException>();
    }

    private JsonElement[] Keys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_ring.FilePath));
        return json.RootElement.GetProperty("keys").EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
