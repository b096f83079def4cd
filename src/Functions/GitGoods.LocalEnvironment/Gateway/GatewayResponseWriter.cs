using System.Text;
using GitGoods.Hosting.Http;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>Writes a function's API Gateway 2.0 response to the HTTP response, as API Gateway does.</summary>
public static class GatewayResponseWriter
{
    public static async Task WriteAsync(HttpResponse response, ApiGatewayHttpResponse result, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        response.StatusCode = result.StatusCode;
        foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            // Kestrel computes these itself; copying them would contradict the body actually written.
            if (!IsHopByHop(name))
            {
                response.Headers[name] = value;
            }
        }

        foreach (var cookie in result.Cookies ?? [])
        {
            response.Headers.Append("set-cookie", cookie);
        }

        AddRequestId(response, requestId);
        if (string.IsNullOrEmpty(result.Body))
        {
            return;
        }

        if (result.Utf8Body is { } utf8 && !result.IsBase64Encoded)
        {
            // The function's pre-encoded copy of the same text (a pre-serialized catalogue page).
            response.ContentLength = utf8.Length;
            await response.Body.WriteAsync(utf8, cancellationToken);
            return;
        }

        var bytes = result.IsBase64Encoded ? Convert.FromBase64String(result.Body) : Encoding.UTF8.GetBytes(result.Body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>An error in API Gateway's own shape, e.g. <c>{"message":"Not Found"}</c>.</summary>
    public static async Task WriteGatewayErrorAsync(HttpResponse response, int status, string message, string requestId)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        response.ContentType = "application/json";
        AddRequestId(response, requestId);
        var body = Encoding.UTF8.GetBytes("{\"message\":\"" + message + "\"}");
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    /// <summary>Every gateway response names its request, like API Gateway's apigw-requestid; x-request-id unless the function set one.</summary>
    public static void AddRequestId(HttpResponse response, string requestId)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers["apigw-requestid"] = requestId;
        if (!response.Headers.ContainsKey("x-request-id"))
        {
            response.Headers["x-request-id"] = requestId;
        }
    }

    private static bool IsHopByHop(string name) =>
        name.Equals("content-length", StringComparison.OrdinalIgnoreCase)
        || name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("connection", StringComparison.OrdinalIgnoreCase);
}
