using GitGoods.Adapters.Encryption;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>Data keys are reused within their time and count limits, unwrapped keys are cached, and retired keys are zeroed.</summary>
public sealed class DataKeyCacheTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private readonly TempKeyRing _ring;

    public DataKeyCacheTests() => _ring = new TempKeyRing(_time);

    public void Dispose() => _ring.Dispose();

    [Fact]
    public async Task ManyOrders_UseOneGeneratedDataKey_UntilItIsFiveMinutesOld()
    {
        using var protector = _ring.Protector();

        var first = await ProtectManyAsync(protector, 200);
        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        var stillFirst = await protector.ProtectAsync("late", OrderFields.Sample(), default);
        _ring.Source.Generated.Should().Be(1);

        _time.Advance(TimeSpan.FromTicks(1));
        var second = await protector.ProtectAsync("later", OrderFields.Sample(), default);

        _ring.Source.Generated.Should().Be(2);
        first.Select(p => p.EncryptedDataKey).Distinct().Should().ContainSingle().Which.Should().Be(stillFirst.EncryptedDataKey);
        second.EncryptedDataKey.Should().NotBe(stillFirst.EncryptedDataKey);
    }

    [Fact]
    public async Task ADataKey_ServesAtMostTheConfiguredNumberOfFieldEncryptions()
    {
        using var protector = _ring.Protector(new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 10 });
        var twoFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = "1", ["b"] = "2" };

        var five = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            five.Add((await protector.ProtectAsync($"o-{i}", twoFields, default)).EncryptedDataKey);
        }

        _ring.Source.Generated.Should().Be(1, "5 orders × 2 fields = 10 encryptions");
        var sixth = await protector.ProtectAsync("o-5", twoFields, default);
        _ring.Source.Generated.Should().Be(2);
        five.Distinct().Should().ContainSingle().Which.Should().NotBe(sixth.EncryptedDataKey);
    }

    [Fact]
    public async Task OneCall_IsNeverSplitAcrossDataKeys_AndABigOneGetsAKeyOfItsOwn()
    {
        using var protector = _ring.Protector(new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 5 });

        await protector.ProtectAsync("o-1", Fields(3), default);
        var big = await protector.ProtectAsync("o-2", Fields(12), default);
        var next = await protector.ProtectAsync("o-3", Fields(1), default);

        _ring.Source.Generated.Should().Be(3);
        (await protector.UnprotectAsync("o-2", big, default)).Should().HaveCount(12);
        next.EncryptedDataKey.Should().NotBe(big.EncryptedDataKey);
    }

    [Fact]
    public async Task ReadingManyOrders_UnwrapsTheirDataKeyOnce_UntilTheCacheEntryExpires()
    {
        using var writer = _ring.Protector();
        var stored = await ProtectManyAsync(writer, 50);
        using var reader = _ring.Protector(new EnvelopeFieldProtectorOptions { DecryptedKeyLifetime = TimeSpan.FromMinutes(2) });

        for (var i = 0; i < stored.Count; i++)
        {
            (await reader.UnprotectAsync($"order-{i}", stored[i], default))["email"].Should().Be($"ada@example.com-{i}");
        }

        _ring.Source.Decrypted.Should().Be(1);
        _time.Advance(TimeSpan.FromMinutes(2));
        await reader.UnprotectAsync("order-0", stored[0], default);
        _ring.Source.Decrypted.Should().Be(2);
    }

    [Fact]
    public async Task DataJustEncrypted_DecryptsWithoutUnwrappingItsKey()
    {
        using var protector = _ring.Protector();

        var stored = await protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        await protector.UnprotectAsync("order-1", stored, default);

        _ring.Source.Decrypted.Should().Be(0);
    }

    [Fact]
    public async Task TheDecryptionCache_IsBounded_TheOldestGoesFirst()
    {
        using var writer = _ring.Protector(new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 1 });
        var stored = new List<Domain.Privacy.ProtectedFields>();
        for (var i = 0; i < 3; i++)
        {
            stored.Add(await writer.ProtectAsync($"o-{i}", Fields(1), default));
        }

        using var reader = _ring.Protector(new EnvelopeFieldProtectorOptions { MaxDecryptedKeys = 2 });
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await reader.UnprotectAsync($"o-{i}", stored[i], default);
        }

        await reader.UnprotectAsync("o-2", stored[2], default);
        await reader.UnprotectAsync("o-1", stored[1], default);
        _ring.Source.Decrypted.Should().Be(3, "o-1 and o-2 are still cached");
        await reader.UnprotectAsync("o-0", stored[0], default);
        _ring.Source.Decrypted.Should().Be(4, "o-0 was evicted as the oldest");
    }

    [Fact]
    public async Task ARetiredDataKey_IsZeroed_OnceNoCacheHoldsIt_AndTheLiveOneIsNot()
    {
        using var protector = _ring.Protector(new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 8 });
        await protector.ProtectAsync("order-1", OrderFields.Sample(), default);

        await protector.ProtectAsync("order-2", OrderFields.Sample(), default);

        var keys = _ring.Source.GeneratedKeys.ToArray();
        keys.Should().HaveCount(2);
        RecordingDataKeySource.IsZeroed(keys[0]).Should().BeFalse("retired for encryption, but the decryption cache still holds it");
        _time.Advance(TimeSpan.FromMinutes(5));
        await protector.ProtectAsync("order-3", OrderFields.Sample(), default);
        RecordingDataKeySource.IsZeroed(keys[0]).Should().BeTrue();
        RecordingDataKeySource.IsZeroed(keys[1]).Should().BeTrue();
        RecordingDataKeySource.IsZeroed(_ring.Source.GeneratedKeys.Last()).Should().BeFalse();
    }

    [Fact]
    public async Task AnExpiredUnwrappedKey_IsZeroed_OnTheNextLookup()
    {
        using var writer = _ring.Protector();
        var stored = await writer.ProtectAsync("order-1", OrderFields.Sample(), default);
        using var reader = _ring.Protector();
        await reader.UnprotectAsync("order-1", stored, default);
        var unwrapped = _ring.Source.DecryptedKeys.Single();
        RecordingDataKeySource.IsZeroed(unwrapped).Should().BeFalse();

        _time.Advance(TimeSpan.FromMinutes(5));
        await reader.UnprotectAsync("order-1", stored, default);

        RecordingDataKeySource.IsZeroed(unwrapped).Should().BeTrue();
        _ring.Source.Decrypted.Should().Be(2);
    }

    [Fact]
    public async Task Dispose_ZeroesEveryKeyItHolds()
    {
        var protector = _ring.Protector();
        var stored = await protector.ProtectAsync("order-1", OrderFields.Sample(), default);
        using (var reader = _ring.Protector())
        {
            await reader.UnprotectAsync("order-1", stored, default);
        }

        protector.Dispose();

        _ring.Source.GeneratedKeys.Concat(_ring.Source.DecryptedKeys).Should().HaveCount(2).And.OnlyContain(k => RecordingDataKeySource.IsZeroed(k));
    }

    [Fact]
    public void Options_OutOfRange_AreRefused()
    {
        FluentActions.Invoking(() => _ring.Protector(new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => _ring.Protector(new EnvelopeFieldProtectorOptions { DataKeyLifetime = TimeSpan.Zero })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => _ring.Protector(new EnvelopeFieldProtectorOptions { MaxDecryptedKeys = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static async Task<List<Domain.Privacy.ProtectedFields>> ProtectManyAsync(EnvelopeFieldProtector protector, int count)
    {
        var stored = new List<Domain.Privacy.ProtectedFields>();
        for (var i = 0; i < count; i++)
        {
            stored.Add(await protector.ProtectAsync($"order-{i}", OrderFields.Sample($"-{i}"), default));
        }

        return stored;
    }

    private static Dictionary<string, string> Fields(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"f{i}", i => $"value {i}", StringComparer.Ordinal);
}
