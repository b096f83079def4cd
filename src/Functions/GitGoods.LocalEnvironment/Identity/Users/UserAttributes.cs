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

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9]\d{4,14}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhonePattern();
}
