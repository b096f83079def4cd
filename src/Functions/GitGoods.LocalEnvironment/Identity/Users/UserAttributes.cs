using System.Text.RegularExpressions;
using GitGoods.LocalEnvironment.Identity.Cognito;

namespace GitGoods.LocalEnvironment.Identity.Users;

/// <summary>
/// The pool's attribute schema: <c>email</c> (the username) and <c>name</c> are required, <c>phone_number</c>
/// (E.164) and <c>address</c> optional. Anything else is refused as Cognito refuses attributes not in the schema.
/// </summary>
public static partial class UserAttributes
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "email", "name", "phone_number", "address" };

    // Attributes Cognito itself maintains: no app client may write them.
    private static readonly HashSet<string> ReadOnly = new(StringComparer.Ordinal) { "sub", "email_verified", "phone_number_verified", "identities" };

    /// <summary>The validated attributes for a sign-up as <paramref name="username"/>.</summary>
    /// <exception cref="CognitoException">InvalidParameterException naming the first bad attribute.</exception>
    public static (string Email, string Name, string? Phone, string? Address) Validate(string username, IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            throw CognitoException.InvalidParameter($"Attribute does not exist in the schema: {unknown}");
        }

        var email = (attributes.GetValueOrDefault("email") ?? username).Trim();
        if (!EmailPattern().IsMatch(email) || email.Length > 254)
        {
            throw CognitoException.InvalidParameter("Invalid email address format.");
        }

        if (!string.Equals(UserStore.Key(email), UserStore.Key(username), StringComparison.Ordinal))
        {
            throw CognitoException.InvalidParameter("Username should be the user's email address.");
        }

        var name = attributes.GetValueOrDefault("name")?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 2048)
        {
            throw CognitoException.InvalidParameter("Attributes did not conform to the schema: name: The attribute is required");
        }

        var phone = attributes.GetValueOrDefault("phone_number")?.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            throw CognitoException.InvalidParameter("Invalid phone number format.");
        }

        var address = attributes.GetValueOrDefault("address")?.Trim();
        if (address is { Length: > 2048 })
        {
            throw CognitoException.InvalidParameter("Attributes did not conform to the schema: address: String must be no longer than 2048 characters");
        }

        return (email, name, phone, string.IsNullOrEmpty(address) ? null : address);
    }

    /// <summary>
    /// The changes an UpdateUserAttributes asks for, validated as at sign-up: name (required, so never empty),
    /// phone_number and address (an empty value removes them). Attributes Cognito lets no app client write are
    /// NotAuthorizedException; attributes outside the schema InvalidParameterException. The e-mail is the local
    /// pool's username, so only the current address is accepted (docs/decisions/0031).
    /// </summary>
    /// <exception cref="CognitoException">NotAuthorizedException or InvalidParameterException naming the first bad attribute.</exception>
    public static IReadOnlyDictionary<string, string?> ValidateUpdate(StoredUser user, IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(attributes);
        if (attributes.Keys.FirstOrDefault(k => ReadOnly.Contains(k) || k.StartsWith("cognito:", StringComparison.Ordinal)) is not null)
        {
            throw CognitoException.NotAuthorized("A client attempted to write unauthorized attribute");
        }

        if (attributes.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown)
        {
            throw CognitoException.InvalidParameter($"Invalid user attributes: user.{unknown}: Attribute does not exist in the schema.");
        }

        if (attributes.TryGetValue("email", out var email) && !string.Equals(UserStore.Key(email), user.Username, StringComparison.Ordinal))
        {
            throw CognitoException.InvalidParameter("The local user pool does not change e-mail addresses: the e-mail address is the username.");
        }

        var current = new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = user.Email, ["name"] = user.Name ?? "" };
        AddIfPresent(current, "phone_number", user.PhoneNumber);
        AddIfPresent(current, "address", user.Address);
        foreach (var (name, value) in attributes)
        {
            current[name] = value;
        }

        var (_, newName, phone, address) = Validate(user.Username, current.Where(p => p.Value.Length > 0 || string.Equals(p.Key, "name", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        return new Dictionary<string, string?>(StringComparer.Ordinal) { ["name"] = newName, ["phone_number"] = phone, ["address"] = address };
    }

    private static void AddIfPresent(Dictionary<string, string> attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes[name] = value;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9]\d{4,14}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhonePattern();
}
