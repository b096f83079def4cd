namespace GitGoods.Domain.Accounts;

/// <summary>
/// The shop's one password policy, the user pool's: at least 12 characters with an upper-case letter, a lower-case
/// letter, a digit and one of Cognito's symbols. The CDK app writes it into the user pool, the local identity
/// provider enforces it, and the SPA reads it from <c>/config.json</c>, so a password the sign-up form accepts is
/// never refused by Cognito. The messages are Cognito's own.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>Cognito's limit on any password, whatever the pool's policy.</summary>
    public const int MaximumLength = 256;

    public const bool RequireUppercase = true;
    public const bool RequireLowercase = true;
    public const bool RequireDigits = true;
    public const bool RequireSymbols = true;

    /// <summary>The characters Cognito counts as symbols (the space included).</summary>
    public const string Symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

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

        if (RequireUppercase && !password.Any(char.IsAsciiLetterUpper))
        {
            return prefix + "Password must have uppercase characters";
        }

        if (RequireLowercase && !password.Any(char.IsAsciiLetterLower))
        {
            return prefix + "Password must have lowercase characters";
        }

        if (RequireDigits && !password.Any(char.IsAsciiDigit))
        {
            return prefix + "Password must have numeric characters";
        }

        return !RequireSymbols || password.Any(c => Symbols.Contains(c, StringComparison.Ordinal))
            ? null
            : prefix + "Password must have symbol characters";
    }
}
