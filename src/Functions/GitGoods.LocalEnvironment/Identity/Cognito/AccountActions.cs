using System.Text.Json.Nodes;
using GitGoods.Domain.Accounts;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// SignUp, ConfirmSignUp, AdminConfirmSignUp, AdminAddUserToGroup, GetUser and UpdateUserAttributes, as Cognito
/// answers them (the Admin operations only reach here with a valid SigV4 signature: <see cref="AdminSignature"/>).
/// </summary>
public sealed class AccountActions(UserStore users, SignedInUser signedIn, TimeProvider time, bool autoConfirm)
{
    /// <summary>Creates a user. Locally the user is confirmed at once (no code is sent) unless auto-confirm is off.</summary>
    public async Task<JsonObject> SignUpAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequireClient();
        var username = request.Required("Username");
        var password = request.Required("Password");
        var (email, name, phone, address) = UserAttributes.Validate(username, request.Attributes("UserAttributes"));
        if (PasswordPolicy.Violation(password) is { } violation)
        {
            throw new CognitoException("InvalidPasswordException", violation);
        }

        var user = new StoredUser
        {
            Sub = Guid.NewGuid().ToString(),
            Username = UserStore.Key(email),
            Email = email,
            Name = name,
            PhoneNumber = phone,
            Address = address,
            PasswordHash = PasswordHasher.Hash(password),
            Confirmed = autoConfirm,
            CreatedAt = time.GetUtcNow(),
        };
        var added = await users.WriteAsync(all => all.TryAdd(user.Username, user), cancellationToken);
        if (!added)
        {
            throw new CognitoException("UsernameExistsException", "An account with the given email already exists.");
        }

        return new JsonObject { ["UserConfirmed"] = user.Confirmed, ["UserSub"] = user.Sub };
    }

    /// <summary>Confirms with any code: no code is ever sent locally. Confirming a confirmed user is a no-op.</summary>
    public async Task<JsonObject> ConfirmSignUpAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequireClient();
        request.Required("ConfirmationCode");
        await ConfirmAsync(request.Required("Username"), cancellationToken);
        return [];
    }

    public async Task<JsonObject> AdminConfirmSignUpAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequirePool();
        await ConfirmAsync(request.Required("Username"), cancellationToken);
        return [];
    }

    public async Task<JsonObject> AdminAddUserToGroupAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequirePool();
        var username = request.Required("Username");
        var group = request.Required("GroupName");
        if (!UserPool.Groups.Contains(group))
        {
            throw new CognitoException("ResourceNotFoundException", "Group not found.");
        }

        await UpdateAsync(username, u => u.Groups.Contains(group, StringComparer.Ordinal) ? u : u with { Groups = [.. u.Groups, group] },
            cancellationToken);
        return [];
    }

    /// <summary>The user behind a valid, unrevoked access token.</summary>
    public async Task<JsonObject> GetUserAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        var user = await signedIn.RequireAsync(request, cancellationToken);
        var attributes = new JsonArray { Attribute("sub", user.Sub), Attribute("email", user.Email), Attribute("email_verified", "true") };
        foreach (var (name, value) in new[] { ("name", user.Name), ("phone_number", user.PhoneNumber), ("address", user.Address) })
        {
            if (value is not null)
            {
                attributes.Add(Attribute(name, value));
            }
        }

        return new JsonObject { ["Username"] = user.Username, ["UserAttributes"] = attributes, ["MFAOptions"] = new JsonArray() };
    }

    /// <summary>
    /// Changes name, phone_number or address (an empty value removes an optional one). No attribute here needs
    /// verification, so no code is sent: <c>CodeDeliveryDetailsList</c> is empty. New tokens carry the new values.
    /// </summary>
    public async Task<JsonObject> UpdateUserAttributesAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        var user = await signedIn.RequireAsync(request, cancellationToken);
        if (request.Body["UserAttributes"] is not JsonArray)
        {
            throw CognitoException.InvalidParameter("1 validation error detected: Value at 'userAttributes' failed to satisfy constraint: Member must not be null");
        }

        var changes = UserAttributes.ValidateUpdate(user, request.Attributes("UserAttributes"));
        await UpdateAsync(user.Username, u => u with
        {
            Name = changes["name"], PhoneNumber = changes["phone_number"], Address = changes["address"],
        }, cancellationToken);
        return new JsonObject { ["CodeDeliveryDetailsList"] = new JsonArray() };
    }

    private Task ConfirmAsync(string username, CancellationToken cancellationToken) =>
        UpdateAsync(username, u => u.Confirmed ? u : u with { Confirmed = true }, cancellationToken);

    private async Task UpdateAsync(string username, Func<StoredUser, StoredUser> change, CancellationToken cancellationToken)
    {
        var found = await users.WriteAsync(all =>
        {
            var key = UserStore.Key(username);
            if (!all.TryGetValue(key, out var user))
            {
                return false;
            }

            all[key] = change(user);
            return true;
        }, cancellationToken);
        if (!found)
        {
            throw new CognitoException("UserNotFoundException", "User does not exist.");
        }
    }

    private static JsonObject Attribute(string name, string value) => new() { ["Name"] = name, ["Value"] = value };
}
