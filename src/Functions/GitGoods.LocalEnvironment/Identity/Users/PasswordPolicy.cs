namespace GitGoods.LocalEnvironment.Identity.Users;

/// <summary>
/// Cognito's default password policy: at least 8 characters with an upper-case letter, a lower-case letter, a digit
/// and one of Cognito's symbols. The messages are Cognito's own.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 256;
    private const string Symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    /// <summary>Why <paramref name="password"/> breaks the policy, or null when it conforms.</summary>
    public static string? Violation(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        const string prefix = "Password did not conform with policy: ";
        if (password.Length < MinimumLength)
        {
            return prefix + "Password not long enough";
        }

        if (password.Length > MaximumLength)
        {
            return prefix + "Password is too long";
        }

        if (!password.Any(char.IsAsciiLetterUpper))
        {
            return prefix + "Password must have uppercase characters";
        }

        if (!password.Any(char.IsAsciiLetterLower))
        {
            return prefix + "Password must have lowercase characters";
        }

        if (!password.Any(char.IsAsciiDigit))
        {
            return prefix + "Password must have numeric characters";
        }

        return password.Any(c => Symbols.Contains(c, StringComparison.Ordinal)) ? null : prefix + "Password must have symbol characters";
    }
}
