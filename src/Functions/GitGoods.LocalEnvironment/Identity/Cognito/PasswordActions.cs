using System.Text.Json.Nodes;
using GitGoods.Domain.Accounts;
using GitGoods.LocalEnvironment.Identity.Users;
using GitGoods.LocalEnvironment.Notifications;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// ForgotPassword, ConfirmForgotPassword and ChangePassword, as Cognito answers them for the shop's pool (whose app
/// client prevents user-existence errors: an unknown user gets the same answer as a known one, and no e-mail).
/// The code is "e-mailed" to the local outbox.
/// </summary>
public sealed class PasswordActions(UserStore users, SignedInUser signedIn, LocalOutbox outbox, TimeProvider time)
{
    /// <summary>Wrong previous passwords in a row before ChangePassword answers LimitExceededException, and for how long.</summary>
    public const int MaxFailedChanges = 5;

    public static readonly TimeSpan ChangeLockout = TimeSpan.FromMinutes(15);

    public async Task<JsonObject> ForgotPasswordAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequireClient();
        var username = request.Required("Username");
        var code = ResetCodes.NewCode();
        var now = time.GetUtcNow();
        var user = await users.WriteAsync(all =>
        {
            if (!all.TryGetValue(UserStore.Key(username), out var found))
            {
                return null;
            }

            var reset = new PasswordReset(ResetCodes.Hash(found.Sub, code), now.Add(ResetCodes.Lifetime), 0);
            return all[found.Username] = found with { PasswordReset = reset };
        }, cancellationToken);
        if (user is not null)
        {
            outbox.Add(OutboxMessage.Email, user.Email, "Your Git Goods password reset code",
                $"Your code to reset your Git Goods password is {code}. It expires in one hour. If you did not ask for it, ignore this e-mail.");
        }

        var details = new JsonObject
        {
            ["Destination"] = ResetCodes.Mask(user?.Email ?? username.Trim()),
            ["DeliveryMedium"] = "EMAIL",
            ["AttributeName"] = "email",
        };
        return new JsonObject { ["CodeDeliveryDetails"] = details };
    }

    /// <summary>Sets a new password with the e-mailed code; success ends every session, as Cognito does.</summary>
    public async Task<JsonObject> ConfirmForgotPasswordAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequireClient();
        var username = request.Required("Username");
        var code = request.Required("ConfirmationCode");
        var password = request.Required("Password");
        var hash = PasswordHasher.Hash(password);
        var now = time.GetUtcNow();
        var failure = await users.WriteAsync(all =>
        {
            if (!all.TryGetValue(UserStore.Key(username), out var user))
            {
                return CodeMismatch();
            }

            if (user.PasswordReset is not { } reset || reset.ExpiresAt <= now)
            {
                return new CognitoException("ExpiredCodeException", "Invalid code provided, please request a code again.");
            }

            if (reset.FailedAttempts >= ResetCodes.MaxFailedAttempts)
            {
                return LimitExceeded();
            }

            if (!ResetCodes.Matches(user.Sub, code, reset.CodeHash))
            {
                all[user.Username] = user with { PasswordReset = reset with { FailedAttempts = reset.FailedAttempts + 1 } };
                return CodeMismatch();
            }

            if (PasswordPolicy.Violation(password) is { } violation)
            {
                return new CognitoException("InvalidPasswordException", violation);
            }

            all[user.Username] = Sessions.RevokeAll(user, now) with
            {
                PasswordHash = hash, PasswordReset = null, FailedPasswordChanges = 0, LastFailedPasswordChange = null,
            };
            return null;
        }, cancellationToken);
        return failure is null ? [] : throw failure;
    }

    /// <summary>Changes the signed-in user's password; other sessions stay signed in, as on Cognito.</summary>
    public async Task<JsonObject> ChangePasswordAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        var user = await signedIn.RequireAsync(request, cancellationToken);
        var previous = request.Required("PreviousPassword");
        var proposed = request.Required("ProposedPassword");
        var now = time.GetUtcNow();
        if (user.FailedPasswordChanges >= MaxFailedChanges && user.LastFailedPasswordChange + ChangeLockout > now)
        {
            throw LimitExceeded();
        }

        if (PasswordPolicy.Violation(proposed) is { } violation)
        {
            throw new CognitoException("InvalidPasswordException", violation);
        }

        var right = PasswordHasher.Verify(previous, user.PasswordHash);
        var hash = right ? PasswordHasher.Hash(proposed) : null;
        await users.WriteAsync(all => all[user.Username] = hash is null
            ? all[user.Username] with { FailedPasswordChanges = RecentFailures(all[user.Username], now) + 1, LastFailedPasswordChange = now }
            : all[user.Username] with { PasswordHash = hash, FailedPasswordChanges = 0, LastFailedPasswordChange = null },
            cancellationToken);
        return right ? [] : throw CognitoException.NotAuthorized();
    }

    // Failures older than the lockout window no longer count.
    private static int RecentFailures(StoredUser user, DateTimeOffset now) =>
        user.LastFailedPasswordChange + ChangeLockout > now ? user.FailedPasswordChanges : 0;

    private static CognitoException CodeMismatch() => new("CodeMismatchException", "Invalid verification code provided, please try again.");

    private static CognitoException LimitExceeded() => new("LimitExceededException", "Attempt limit exceeded, please try after some time.");
}
