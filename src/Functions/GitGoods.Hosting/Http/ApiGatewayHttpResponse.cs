using System.Text.Json.Serialization;

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

    /// <summary>
    /// <see cref="Body"/> already encoded as UTF-8, when the handler has it (a pre-serialized catalogue page); never
    /// serialized. On AWS the function's output carries <see cref="Body"/> as API Gateway requires; the local gateway,
    /// which takes the response object directly (<see cref="IHttpFunction"/>), writes these bytes instead of encoding
    /// the string again. Whoever sets it sets <see cref="Body"/> to the same text (<see cref="WithUtf8Body"/>).
    /// </summary>
    [JsonIgnore]
    public ReadOnlyMemory<byte>? Utf8Body { get; private set; }

    /// <summary>Sets the body as text and as its UTF-8 bytes, which must encode that text.</summary>
    public ApiGatewayHttpResponse WithUtf8Body(string text, ReadOnlyMemory<byte> utf8)
    {
        Body = text;
        IsBase64Encoded = false;
        Utf8Body = utf8;
        return this;
    }
}
