using GitGoods.Domain.Privacy;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>A protector that keeps fields as they are: for handler tests that do not test encryption.</summary>
internal sealed class PlainPersonalData : IPersonalDataProtector
{
    public Task<ProtectedFields> ProtectAsync(string orderId, IReadOnlyDictionary<string, string> fields, CancellationToken ct) =>
        Task.FromResult(new ProtectedFields("plain", "", new Dictionary<string, string>(fields, StringComparer.Ordinal)));

    public Task<IReadOnlyDictionary<string, string>> UnprotectAsync(string orderId, ProtectedFields protectedFields, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(protectedFields.Ciphertexts);
}
