namespace GitGoods.Domain.Privacy;

/// <summary>
/// Encrypts an order's personal data (shipping name, phone, address, email) field by field before it is stored, and
/// decrypts it for the few places that must show or use it. Each ciphertext is bound to its order id and field name,
/// so it cannot be moved to another order or another field without <see cref="UnprotectAsync"/> refusing it.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>Encrypts each field (field name → plaintext) of the order <paramref name="orderId"/>.</summary>
    Task<ProtectedFields> ProtectAsync(string orderId, IReadOnlyDictionary<string, string> fields, CancellationToken ct);

    /// <summary>
    /// Decrypts the fields (field name → plaintext). Throws <see cref="PersonalDataTamperedException"/> when anything
    /// was changed, when the fields belong to another order, or when a field carries another field's ciphertext.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> UnprotectAsync(string orderId, ProtectedFields protectedFields, CancellationToken ct);
}
