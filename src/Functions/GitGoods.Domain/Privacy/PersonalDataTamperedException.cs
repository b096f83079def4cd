namespace GitGoods.Domain.Privacy;

/// <summary>
/// Stored personal data failed its integrity check: a ciphertext, nonce, tag or wrapped data key was changed, the data
/// belongs to another order, or a field carries another field's ciphertext. The message names the order and field,
/// never any plaintext. Not a transient error: retrying gives the same answer.
/// </summary>
public sealed class PersonalDataTamperedException : Exception
{
    public PersonalDataTamperedException()
        : base("Personal data failed its integrity check.")
    {
    }

    public PersonalDataTamperedException(string message)
        : base(message)
    {
    }

    public PersonalDataTamperedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
