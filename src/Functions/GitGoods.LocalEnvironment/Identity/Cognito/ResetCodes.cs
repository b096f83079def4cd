using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>ForgotPassword's 6-digit codes (stored only as a hash with the user's sub) and the masked address Cognito shows.</summary>
public static class ResetCodes
{
    /// <summary>A code lives an hour, as Cognito's.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Wrong codes allowed before the code is spent and ConfirmForgotPassword answers LimitExceededException.</summary>
    public const int MaxFailedAttempts = 5;

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string Hash(string sub, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sub + ":" + code)));

    public static bool Matches(string sub, string code, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(sub, code)), Encoding.ASCII.GetBytes(hash));

    /// <summary>Cognito's <c>s***@e***</c>: the first letter of the mailbox and of the domain.</summary>
    public static string Mask(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? email[..1] : "*";
        var domain = at >= 0 && at + 1 < email.Length ? email[(at + 1)..(at + 2)] : "*";
        return $"{local}***@{domain}***";
    }
}
