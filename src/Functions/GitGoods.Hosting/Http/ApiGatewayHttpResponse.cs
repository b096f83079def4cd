namespace GitGoods.Hosting.Http;

/// <summary>API Gateway HTTP API response, payload format 2.0.</summary>
public sealed class ApiGatewayHttpResponse
{
    public int StatusCode { get; set; }
    public IDictionary<string, string>? Headers { get; set; }
    /// <summary>Each entry becomes one <c>Set-Cookie</c> header.</summary>
    public IList<string>? Cookies { get; set; }
    public string? Body { get; set; }
    public bool IsBase64Encoded { get; set; }
}
