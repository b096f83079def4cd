using GitGoods.Domain.Accounts;

namespace GitGoods.Identity;

/// <summary>
/// The password policy as the SPA reads it from <c>/config.json</c> (<c>passwordPolicy</c>), written from
/// <see cref="PasswordPolicy"/> by the local stack and by the CDK app alike, so every environment checks the same rules.
/// </summary>
public sealed record PasswordPolicyConfig(
    int MinimumLength, bool RequireUppercase, bool RequireLowercase, bool RequireDigits, bool RequireSymbols, string Symbols)
{
    public static PasswordPolicyConfig Shop { get; } = new(
        PasswordPolicy.MinimumLength, PasswordPolicy.RequireUppercase, PasswordPolicy.RequireLowercase,
        PasswordPolicy.RequireDigits, PasswordPolicy.RequireSymbols, PasswordPolicy.Symbols);

    /// <summary>The same object as plain values, for the CDK app's config file (camel-case names, as the SPA reads them).</summary>
    public IReadOnlyDictionary<string, object> ToConfigValues() => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["minimumLength"] = MinimumLength,
        ["requireUppercase"] = RequireUppercase,
        ["requireLowercase"] = RequireLowercase,
        ["requireDigits"] = RequireDigits,
        ["requireSymbols"] = RequireSymbols,
        ["symbols"] = Symbols,
    };
}
