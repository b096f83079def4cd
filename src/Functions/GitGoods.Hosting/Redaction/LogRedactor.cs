using System.Text.RegularExpressions;

namespace GitGoods.Hosting.Redaction;

/// <summary>
/// Keeps secrets and personal data out of logs. Values under a sensitive key are replaced whole; free text is
/// scanned for what can be recognised by shape (tokens, e-mail addresses, phone numbers). Names and addresses
/// cannot be recognised by shape, so they must only ever be logged under their own keys, which are masked.
/// The loggers call this themselves, so no caller can forget to.
/// </summary>
public static partial class LogRedactor
{
    public const string Mask = "[REDACTED]";

    private static readonly HashSet<string> SensitiveKeys = new(StringComparer.Ordinal)
    {
        "authorization", "proxyauthorization", "cookie", "setcookie", "xapikey", "xoriginverify",
        "password", "token", "secret", "credentials", "code", "confirmationcode",
        "email", "emailaddress", "phone", "phonenumber", "mobile",
        "name", "fullname", "givenname", "familyname", "firstname", "lastname", "username", "preferredusername",
        "address", "line1", "line2", "street", "postalcode", "zip", "shipping", "billing",
    };

    /// <summary>True when values logged under <paramref name="key"/> must never appear (any case, separators ignored).</summary>
    public static bool IsSensitiveKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalized = Normalize(key);
        return SensitiveKeys.Contains(normalized)
            || normalized.EndsWith("password", StringComparison.Ordinal)
            || normalized.EndsWith("token", StringComparison.Ordinal)
            || normalized.EndsWith("secret", StringComparison.Ordinal)
            || normalized.EndsWith("email", StringComparison.Ordinal)
            || normalized.EndsWith("phone", StringComparison.Ordinal)
            || normalized.EndsWith("phonenumber", StringComparison.Ordinal);
    }

    /// <summary>The value to log under <paramref name="key"/>: masked whole when the key is sensitive, else scanned.</summary>
    public static string? RedactValue(string key, string? value) =>
        value is null ? null : IsSensitiveKey(key) ? Mask : Redact(value);

    /// <summary>Free text with bearer tokens, JWTs, CloudFront's origin header, payment processor keys, e-mail addresses and phone numbers masked.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        text = BearerPattern().Replace(text, "Bearer " + Mask);
        text = JwtPattern().Replace(text, Mask);
        text = OriginHeaderPattern().Replace(text, "${name}" + Mask);
        text = ApiKeyPattern().Replace(text, Mask);
        text = EmailPattern().Replace(text, Mask);
        return PhonePattern().Replace(text, Mask);
    }

    private static string Normalize(string key)
    {
        Span<char> buffer = stackalloc char[Math.Min(key.Length, 64)];
        var length = 0;
        foreach (var c in key.AsSpan(0, Math.Min(key.Length, 64)))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    // NonBacktracking: matching time is linear in the input, so a hostile log value cannot stall a function.
    [GeneratedRegex(@"Bearer\s+[^\s""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex JwtPattern();

    // The header CloudFront adds to prove a request came through it, as a raw event or a header dump shows it:
    // "x-origin-verify":"value", x-origin-verify: value, x-origin-verify=value (also inside escaped JSON).
    [GeneratedRegex(@"(?<name>x[-_]?origin[-_]?verify[\\""']*\s*[:=]\s*[\\""']*)[^\s""'\\,;}]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OriginHeaderPattern();

    // Stripe's secret and restricted keys (sk_live_…, rk_test_…) and webhook secrets (whsec_…); publishable keys are public.
    [GeneratedRegex(@"\b(?:[sr]k_(?:live|test)|whsec)_[A-Za-z0-9]{8,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ApiKeyPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+\d[\d \-]{6,18}\d", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhonePattern();
}
