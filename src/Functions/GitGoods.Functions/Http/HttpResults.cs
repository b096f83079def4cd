using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GitGoods.Hosting.Http;

namespace GitGoods.Http;

/// <summary>Builds API Gateway responses: JSON bodies and problem details, each with the request id.</summary>
public static class HttpResults
{
    public static ApiGatewayHttpResponse Json<T>(ApiGatewayHttpRequest request, int status, T body, JsonTypeInfo<T> typeInfo,
        IDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new ApiGatewayHttpResponse
        {
            StatusCode = status,
            Headers = BaseHeaders(request, "application/json; charset=utf-8"),
            Body = JsonSerializer.Serialize(body, typeInfo),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            response.Headers[name] = value;
        }

        return response;
    }

    public static ApiGatewayHttpResponse Problem(ApiGatewayHttpRequest request, int status, string title, string detail,
        IReadOnlyDictionary<string, string[]>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = new ProblemDetails(
            "https://gitgoods.dev/problems/" + Slug(title), title, status, detail, request.RequestContext.RequestId, errors);
        return new ApiGatewayHttpResponse
        {
            StatusCode = status,
            Headers = BaseHeaders(request, "application/problem+json"),
            Body = JsonSerializer.Serialize(problem, FunctionsJsonContext.Default.ProblemDetails),
        };
    }

    public static ApiGatewayHttpResponse NotFound(ApiGatewayHttpRequest request, string detail) =>
        Problem(request, 404, "Not Found", detail);

    public static ApiGatewayHttpResponse BadRequest(ApiGatewayHttpRequest request, string detail,
        IReadOnlyDictionary<string, string[]>? errors = null) =>
        Problem(request, 400, "Bad Request", detail, errors);

    /// <summary>503 with <c>Retry-After</c>: a dependency failed transiently and the same request may simply be sent again.</summary>
    public static ApiGatewayHttpResponse Unavailable(ApiGatewayHttpRequest request, string detail, int retryAfterSeconds)
    {
        var response = Problem(request, 503, "Service Unavailable", detail);
        response.Headers!["retry-after"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response;
    }

    private static Dictionary<string, string> BaseHeaders(ApiGatewayHttpRequest request, string contentType) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["content-type"] = contentType,
            ["x-request-id"] = request.RequestContext.RequestId,
        };

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');
}
