using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// <c>POST /cognito/</c>: the Cognito Identity Provider JSON 1.1 protocol. The action is named by
/// <c>X-Amz-Target: AWSCognitoIdentityProviderService.&lt;Action&gt;</c>; errors are HTTP 400 with Cognito's
/// <c>__type</c>. Bodies carry passwords and tokens, so neither the body nor the response is ever logged. Admin*
/// actions need a SigV4 signature by the stack's admin key, checked before the body is even parsed.
/// </summary>
public sealed class CognitoEndpoint(AccountActions accounts, SignInActions signIn, PasswordActions passwords, SessionActions sessions,
    AdminSignature adminSignature, ILogger<CognitoEndpoint> logger)
{
    public const string TargetPrefix = "AWSCognitoIdentityProviderService.";
    public const string ContentType = "application/x-amz-json-1.1";
    private const int MaxBodyBytes = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var action = context.Request.Headers["x-amz-target"].ToString();
        action = action.StartsWith(TargetPrefix, StringComparison.Ordinal) ? action[TargetPrefix.Length..] : "";
        try
        {
            var bytes = await GatewayBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted)
                ?? throw new CognitoException("SerializationException", "The request body is too large.");
            if (AdminSignature.IsAdminAction(action))
            {
                adminSignature.Verify(context.Request, bytes);
            }

            var result = await DispatchAsync(action, new CognitoRequest(Parse(bytes)), context.RequestAborted);
            logger.Answered(action, 200);
            await WriteAsync(context.Response, 200, result);
        }
        catch (CognitoException e)
        {
            logger.Refused(action, e.Type);
            context.Response.Headers["x-amzn-ErrorType"] = e.Type;
            await WriteAsync(context.Response, 400, new JsonObject { ["__type"] = e.Type, ["message"] = e.Message });
        }
    }

    private async Task<JsonObject> DispatchAsync(string action, CognitoRequest request, CancellationToken cancellationToken) => action switch
    {
        "SignUp" => await accounts.SignUpAsync(request, cancellationToken),
        "ConfirmSignUp" => await accounts.ConfirmSignUpAsync(request, cancellationToken),
        "AdminConfirmSignUp" => await accounts.AdminConfirmSignUpAsync(request, cancellationToken),
        "AdminAddUserToGroup" => await accounts.AdminAddUserToGroupAsync(request, cancellationToken),
        "InitiateAuth" => await signIn.InitiateAuthAsync(request, cancellationToken),
        "GetUser" => await accounts.GetUserAsync(request, cancellationToken),
        "UpdateUserAttributes" => await accounts.UpdateUserAttributesAsync(request, cancellationToken),
        "ForgotPassword" => await passwords.ForgotPasswordAsync(request, cancellationToken),
        "ConfirmForgotPassword" => await passwords.ConfirmForgotPasswordAsync(request, cancellationToken),
        "ChangePassword" => await passwords.ChangePasswordAsync(request, cancellationToken),
        "GlobalSignOut" => await sessions.GlobalSignOutAsync(request, cancellationToken),
        "RevokeToken" => await sessions.RevokeTokenAsync(request, cancellationToken),
        _ => throw new CognitoException("UnknownOperationException", "The local user pool does not support this operation."),
    };

    /// <exception cref="CognitoException">SerializationException for a body that is not one JSON object.</exception>
    private static JsonObject Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return !body.IsEmpty && JsonNode.Parse(body.Span) is JsonObject json
                ? json
                : throw new CognitoException("SerializationException", "The request body is not a JSON object.");
        }
        catch (JsonException)
        {
            throw new CognitoException("SerializationException", "The request body is not valid JSON.");
        }
    }

    private static async Task WriteAsync(HttpResponse response, int status, JsonObject body)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        await response.WriteAsync(body.ToJsonString(), response.HttpContext.RequestAborted);
    }
}
