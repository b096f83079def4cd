using System.Security;

namespace GitGoods.LocalEnvironment.Images;

/// <summary>An S3 error as S3 answers it: a status and an XML body with its code and message.</summary>
public sealed record S3Error(int Status, string Code, string Message)
{
    public static S3Error AccessDenied(string message) => new(403, "AccessDenied", message);

    public static S3Error SignatureDoesNotMatch() => new(403, "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.");

    public static S3Error InvalidAccessKeyId() => new(403, "InvalidAccessKeyId",
        "The AWS Access Key Id you provided does not exist in our records.");

    public static S3Error AuthorizationQueryParametersError(string message) => new(400, "AuthorizationQueryParametersError", message);

    public static S3Error EntityTooLarge(long maxBytes) => new(400, "EntityTooLarge",
        $"Your proposed upload exceeds the maximum allowed size ({maxBytes} bytes).");

    public static S3Error MissingContentLength() => new(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");

    public static S3Error NoSuchKey() => new(404, "NoSuchKey", "The specified key does not exist.");

    public string ToXml(string requestId) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Error><Code>{Code}</Code><Message>{SecurityElement.Escape(Message)}</Message><RequestId>{SecurityElement.Escape(requestId)}</RequestId></Error>""";
}
