using GitGoods.Adapters.Encryption;
using GitGoods.Domain.Privacy;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>
/// Parallel Protect/Unprotect while data keys retire every few calls: every record round-trips, so no key is ever
/// zeroed or swapped under a call that is still using it.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Workers = 8;
    private const int Rounds = 150;
    private readonly TempKeyRing _ring = new();

    public void Dispose() => _ring.Dispose();

    [Fact]
    public async Task ParallelProtectAndUnprotect_AllRoundTrip_WhileKeysRetireConstantly()
    {
        var options = new EnvelopeFieldProtectorOptions { MaxEncryptionsPerDataKey = 24, MaxDecryptedKeys = 3 };
        using var writer = _ring.Protector(options);
        using var reader = _ring.Protector(options);
        var written = new System.Collections.Concurrent.ConcurrentBag<(string OrderId, ProtectedFields Stored)>();

        var work = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var orderId = $"order-{w}-{i}";
                var fields = OrderFields.Sample($"-{w}-{i}");
                var stored = await writer.ProtectAsync(orderId, fields, default);
                (await writer.UnprotectAsync(orderId, stored, default)).Should().BeEquivalentTo(fields);
                (await reader.UnprotectAsync(orderId, stored, default)).Should().BeEquivalentTo(fields);
                written.Add((orderId, stored));
            }
        }));
        await Task.WhenAll(work);

        written.Should().HaveCount(Workers * Rounds);
        _ring.Source.Generated.Should().BeGreaterThanOrEqualTo(Workers * Rounds * 8 / 24);
        foreach (var (orderId, stored) in written)
        {
            (await writer.UnprotectAsync(orderId, stored, default))["city"].Should().StartWith("Singapore-", "a retired key still cached must not be zeroed");
            (await reader.UnprotectAsync(orderId, stored, default))["city"].Should().StartWith("Singapore-");
        }
    }

    [Fact]
    public async Task ABurstOnAnEmptyCache_GeneratesOneDataKey()
    {
        using var protector = _ring.Protector();
        using var start = new ManualResetEventSlim();

        var work = Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await protector.ProtectAsync($"order-{i}", OrderFields.Sample(), default);
        })).ToList();
        start.Set();
        var stored = await Task.WhenAll(work);

        _ring.Source.Generated.Should().Be(1);
        stored.Select(s => s.EncryptedDataKey).Distinct().Should().ContainSingle();
    }
}
