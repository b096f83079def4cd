using System.Security.Cryptography;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using GitGoods.Adapters.Encryption;
using GitGoods.Domain.Privacy;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>What the KMS source asks KMS for (key, AES_256, encryption context), and how it reads the answers.</summary>
public sealed class KmsDataKeySourceTests : IDisposable
{
    private readonly FakeKms _kms = new();
    private readonly KmsDataKeySource _source;

    public KmsDataKeySourceTests() => _source = new KmsDataKeySource(_kms, FakeKms.Alias);

    public void Dispose() => _kms.Dispose();

    [Fact]
    public async Task GenerateDataKey_AsksForAnAes256KeyUnderTheConfiguredKey_WithThePurposeContext()
    {
        var generated = await _source.GenerateDataKeyAsync(default);

        var request = _kms.Generates.Single();
        request.KeyId.Should().Be(FakeKms.Alias);
        request.KeySpec.Should().Be(DataKeySpec.AES_256);
        request.NumberOfBytes.Should().BeNull();
        request.EncryptionContext.Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["purpose"] = "gitgoods-order-pii" });
        generated.KeyId.Should().Be(FakeKms.KeyArn, "the stored key id is the key's ARN, not the alias");
        generated.Plaintext.Should().HaveCount(32);
        generated.EncryptedKey.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Decrypt_NamesTheStoredKey_AndSendsTheSameContext()
    {
        var generated = await _source.GenerateDataKeyAsync(default);

        var unwrapped = await _source.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey, default);

        unwrapped.Should().Equal(generated.Plaintext);
        var request = _kms.Decrypts.Single();
        request.KeyId.Should().Be(FakeKms.KeyArn);
        request.EncryptionAlgorithm.Should().Be(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT);
        request.EncryptionContext.Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["purpose"] = "gitgoods-order-pii" });
    }

    [Fact]
    public async Task TheSdksPlaintextBuffers_AreOverwrittenOnceTheKeyIsCopiedOut()
    {
        var generated = await _source.GenerateDataKeyAsync(default);
        await _source.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey, default);

        _kms.PlaintextBuffers.Should().HaveCount(2).And.OnlyContain(b => b.All(x => x == 0));
        generated.Plaintext.Should().Contain(b => b != 0);
    }

    [Fact]
    public async Task AChangedBlob_OrAnotherKey_IsACryptographicException()
    {
        var generated = await _source.GenerateDataKeyAsync(default);
        var changed = (byte[])generated.EncryptedKey.Clone();
        changed[5] ^= 1;

        (await FluentActions.Awaiting(() => _source.DecryptDataKeyAsync(generated.KeyId, changed, default)).Should().ThrowAsync<CryptographicException>())
            .WithInnerException<InvalidCiphertextException>();
        (await FluentActions.Awaiting(() => _source.DecryptDataKeyAsync("arn:aws:kms:ap-southeast-1:111122223333:key/other", generated.EncryptedKey, default))
            .Should().ThrowAsync<CryptographicException>()).WithInnerException<IncorrectKeyException>();
    }

    [Fact]
    public async Task OutagesAndThrottling_AreNotMistakenForTampering()
    {
        var generated = await _source.GenerateDataKeyAsync(default);
        _kms.FailWith = new KMSInternalException("KMS is having a bad day");

        await FluentActions.Awaiting(() => _source.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey, default)).Should().ThrowAsync<KMSInternalException>();
        await FluentActions.Awaiting(() => _source.GenerateDataKeyAsync(default)).Should().ThrowAsync<KMSInternalException>();
    }

    [Fact]
    public async Task ThroughTheProtector_OrdersRoundTrip_OneGenerateAndOneDecryptServeMany()
    {
        using var writer = new EnvelopeFieldProtector(_source, TimeProvider.System);
        using var reader = new EnvelopeFieldProtector(_source, TimeProvider.System);
        var stored = new List<ProtectedFields>();
        for (var i = 0; i < 20; i++)
        {
            stored.Add(await writer.ProtectAsync($"order-{i}", OrderFields.Sample($"-{i}"), default));
        }

        for (var i = 0; i < 20; i++)
        {
            (await reader.UnprotectAsync($"order-{i}", stored[i], default)).Should().BeEquivalentTo(OrderFields.Sample($"-{i}"));
        }

        _kms.Generates.Should().ContainSingle();
        _kms.Decrypts.Should().ContainSingle();
        stored[0].KeyId.Should().Be(FakeKms.KeyArn);
    }

    [Fact]
    public async Task ThroughTheProtector_AChangedDataKey_IsTampering_ButAnOutageIsNot()
    {
        using var writer = new EnvelopeFieldProtector(_source, TimeProvider.System);
        var stored = await writer.ProtectAsync("order-1", OrderFields.Sample(), default);
        var blob = Convert.FromBase64String(stored.EncryptedDataKey);
        blob[^1] ^= 1;
        using var reader = new EnvelopeFieldProtector(_source, TimeProvider.System);

        await FluentActions.Awaiting(() => reader.UnprotectAsync("order-1", stored with { EncryptedDataKey = Convert.ToBase64String(blob) }, default))
            .Should().ThrowAsync<PersonalDataTamperedException>();
        _kms.FailWith = new KMSInternalException("down");
        await FluentActions.Awaiting(() => reader.UnprotectAsync("order-1", stored, default)).Should().ThrowAsync<KMSInternalException>();
    }

    [Fact]
    public void TheKeyIsConfiguredByOneEnvironmentVariable()
    {
        KmsDataKeySource.KeyIdVariable.Should().Be("ORDER_PII_KMS_KEY_ID");
        FluentActions.Invoking(() => new KmsDataKeySource(_kms, " ")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task AgainstKmsOverHttp_TheRequestsCarryTheContextAndKeySpec()
    {
        await using var server = await FakeKmsServer.StartAsync();
        using var client = new AmazonKeyManagementServiceClient(new Amazon.Runtime.BasicAWSCredentials("test", "test"),
            new AmazonKeyManagementServiceConfig { ServiceURL = server.Url, AuthenticationRegion = "ap-southeast-1", MaxErrorRetry = 0 });
        var source = new KmsDataKeySource(client, FakeKms.Alias);

        var generated = await source.GenerateDataKeyAsync(default);
        var unwrapped = await source.DecryptDataKeyAsync(generated.KeyId, generated.EncryptedKey, default);
        var changed = (byte[])generated.EncryptedKey.Clone();
        changed[0] ^= 1;

        unwrapped.Should().Equal(generated.Plaintext);
        generated.KeyId.Should().Be(FakeKms.KeyArn);
        await FluentActions.Awaiting(() => source.DecryptDataKeyAsync(generated.KeyId, changed, default)).Should().ThrowAsync<CryptographicException>();
        server.Requests.Select(r => r.Target).Should().Equal("TrentService.GenerateDataKey", "TrentService.Decrypt", "TrentService.Decrypt");
        var generate = server.Requests[0].Body;
        generate.GetProperty("KeyId").GetString().Should().Be(FakeKms.Alias);
        generate.GetProperty("KeySpec").GetString().Should().Be("AES_256");
        generate.GetProperty("EncryptionContext").GetProperty("purpose").GetString().Should().Be("gitgoods-order-pii");
        var decrypt = server.Requests[1].Body;
        decrypt.GetProperty("KeyId").GetString().Should().Be(FakeKms.KeyArn);
        decrypt.GetProperty("EncryptionContext").GetProperty("purpose").GetString().Should().Be("gitgoods-order-pii");
        Convert.FromBase64String(decrypt.GetProperty("CiphertextBlob").GetString()!).Should().Equal(generated.EncryptedKey);
    }
}
