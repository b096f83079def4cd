using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// <c>POST /cognito/</c>: the Cognito Identity Provider JSON 1.1 protocol. The action is named by
/// <c>X-Amz-Target: AWSCognitoIdentityProviderService.&lt;Action&gt;</c>; errors are HTTP 400 with Cognito's
/// <c>__type</c>. Bodies carry passwords and tokens, so neither the body nor the response is ever logged.
/// </summary>
public sealed class CognitoEndpoint(AccountActions accounts, SignInActions signIn, ILogger<CognitoEndpoint> logger)
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
            var body = await ReadAsync(context.Request);
            var request = new CognitoRequest(body);
            var result = action switch
            {
                "SignUp" => await accounts.SignUpAsync(request, context.RequestAborted),
                "ConfirmSignUp" => await accounts.ConfirmSignUpAsync(request, context.RequestAborted),
                "AdminConfirmSignUp" => await accounts.AdminConfirmSignUpAsync(request, context.RequestAborted),
                "AdminAddUserToGroup" => await accounts.AdminAddUserToGroupAsync(request, context.RequestAborted),
                "InitiateAuth" => await signIn.InitiateAuthAsync(request, context.RequestAborted),
                "GetUser" => await accounts.GetUserAsync(request, context.RequestAborted),
                _ => throw new CognitoException("UnknownOperationException", "The local user pool does not support this operation."),
            };
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

    /// <exception cref="CognitoException">SerializationException for a body that is too large or not one JSON object.</exception>
    private static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        var body = await GatewayBody.ReadAsync(request, MaxBodyBytes, request.HttpContext.RequestAborted)
            ?? throw new CognitoException("SerializationException", "The request body is too large.");
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
