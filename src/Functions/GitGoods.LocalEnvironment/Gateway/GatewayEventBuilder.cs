using System.Globalization;
using System.Text;
using GitGoods.Hosting.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// Builds the API Gateway HTTP API payload 2.0 event for a request, as API Gateway does: lower-case header names,
/// repeated headers and query keys comma-joined, cookies split out of the Cookie header, and the body as text or,
/// for non-text content types, base64 with <c>isBase64Encoded</c>.
/// </summary>
public static class GatewayEventBuilder
{
    public const string AccountId = "000000000000";
    public const string ApiId = "local";

    public static ApiGatewayHttpRequest Build(HttpRequest request, ReadOnlyMemory<byte> body, GatewayMatch match, string requestId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(match);
        var headers = Headers(request);
        var (text, isBase64) = Body(request.ContentType, body);
        var host = request.Host.Value ?? "localhost";
        return new ApiGatewayHttpRequest
        {
            RouteKey = match.Route.RouteKey,
            RawPath = request.PathBase.Add(request.Path).ToUriComponent(),
            RawQueryString = request.QueryString.HasValue ? request.QueryString.Value![1..] : "",
            Cookies = Cookies(request),
            Headers = headers,
            QueryStringParameters = request.Query.Count == 0
                ? null
                : request.Query.ToDictionary(q => q.Key, q => Join(q.Value), StringComparer.Ordinal),
            PathParameters = match.PathParameters.Count == 0 ? null : new Dictionary<string, string>(match.PathParameters, StringComparer.Ordinal),
            Body = text,
            IsBase64Encoded = isBase64,
            RequestContext = new ApiGatewayRequestContext
            {
                AccountId = AccountId,
                ApiId = ApiId,
                DomainName = host,
                DomainPrefix = host.Split('.', ':')[0],
                Http = new ApiGatewayHttpDescription
                {
                    Method = request.Method.ToUpperInvariant(),
                    Path = request.PathBase.Add(request.Path).Value ?? "/",
                    Protocol = request.Protocol,
                    SourceIp = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
                    UserAgent = request.Headers.UserAgent.ToString(),
                },
                RequestId = requestId,
                RouteKey = match.Route.RouteKey,
                Stage = "$default",
                Time = now.UtcDateTime.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                TimeEpoch = now.ToUnixTimeMilliseconds(),
            },
        };
    }

    /// <summary>True for content types API Gateway passes as text; everything else is base64-encoded.</summary>
    public static bool IsText(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType.EndsWith("+json", StringComparison.Ordinal)
            || mediaType.EndsWith("+xml", StringComparison.Ordinal)
            || mediaType is "application/json" or "application/xml" or "application/javascript"
                or "application/x-www-form-urlencoded" or "application/graphql";
    }

    private static Dictionary<string, string> Headers(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            // API Gateway moves the Cookie header into the cookies array.
            if (!string.Equals(name, "cookie", StringComparison.OrdinalIgnoreCase))
            {
                headers[name.ToLowerInvariant()] = Join(values);
            }
        }

        headers["x-forwarded-for"] = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";
        headers["x-forwarded-proto"] = request.Scheme;
        headers["x-forwarded-port"] = (request.Host.Port ?? (request.IsHttps ? 443 : 80)).ToString(CultureInfo.InvariantCulture);
        return headers;
    }

    private static List<string>? Cookies(HttpRequest request)
    {
        if (request.Headers.Cookie.Count == 0)
        {
            return null;
        }

        var cookies = request.Headers.Cookie
            .SelectMany(header => (header ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return cookies.Count == 0 ? null : cookies;
    }

    private static (string? Text, bool IsBase64) Body(string? contentType, ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, false);
        }

        return IsText(contentType) ? (Encoding.UTF8.GetString(body.Span), false) : (Convert.ToBase64String(body.Span), true);
    }

    private static string Join(StringValues values) => string.Join(',', values.ToArray());
}
