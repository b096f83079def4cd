namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>An error Cognito answers with HTTP 400 and <c>{"__type":"&lt;Type&gt;","message":"..."}</c>.</summary>
public sealed class CognitoException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;

    public static CognitoException NotAuthorized(string message = "Incorrect username or password.") => new("NotAuthorizedException", message);

    public static CognitoException InvalidParameter(string message) => new("InvalidParameterException", message);
}
