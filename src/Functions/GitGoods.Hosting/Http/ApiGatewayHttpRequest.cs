namespace GitGoods.Hosting.Http;

/// <summary>API Gateway HTTP API request, payload format 2.0.</summary>
public sealed class ApiGatewayHttpRequest
{
    public string Version { get; set; } = "2.0";
    public string RouteKey { get; set; } = "";
    public string RawPath { get; set; } = "";
    public string RawQueryString { get; set; } = "";
    public IList<string>? Cookies { get; set; }
    /// <summary>Lower-case header names; repeated headers are comma-joined.</summary>
    public IDictionary<string, string>? Headers { get; set; }
    /// <summary>Repeated keys are comma-joined.</summary>
    public IDictionary<string, string>? QueryStringParameters { get; set; }
    public IDictionary<string, string>? PathParameters { get; set; }
    public IDictionary<string, string>? StageVariables { get; set; }
    public string? Body { get; set; }
    public bool IsBase64Encoded { get; set; }
    public ApiGatewayRequestContext RequestContext { get; set; } = new();

    public string? Header(string name) =>
        Headers is not null && Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public string? Query(string name) =>
        QueryStringParameters is not null && QueryStringParameters.TryGetValue(name, out var value) ? value : null;

    public string? PathParameter(string name) =>
        PathParameters is not null && PathParameters.TryGetValue(name, out var value) ? value : null;
}

public sealed class ApiGatewayRequestContext
{
    public string AccountId { get; set; } = "";
    public string ApiId { get; set; } = "";
    public string DomainName { get; set; } = "";
    public string DomainPrefix { get; set; } = "";
    public ApiGatewayHttpDescription Http { get; set; } = new();
    public string RequestId { get; set; } = "";
    public string RouteKey { get; set; } = "";
    public string Stage { get; set; } = "$default";
    public string Time { get; set; } = "";
    public long TimeEpoch { get; set; }
    public ApiGatewayAuthorizer? Authorizer { get; set; }
}

public sealed class ApiGatewayHttpDescription
{
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public string Protocol { get; set; } = "HTTP/1.1";
    public string SourceIp { get; set; } = "";
    public string UserAgent { get; set; } = "";
}

public sealed class ApiGatewayAuthorizer
{
    public ApiGatewayJwt? Jwt { get; set; }
}

/// <summary>The JWT authorizer's output: every claim value arrives as a string.</summary>
public sealed class ApiGatewayJwt
{
    public IDictionary<string, string> Claims { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public IList<string>? Scopes { get; set; }
}
