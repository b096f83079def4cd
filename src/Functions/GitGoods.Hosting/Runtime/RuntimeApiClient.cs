using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using GitGoods.Hosting.Json;

namespace GitGoods.Hosting.Runtime;

/// <summary>
/// The Lambda Runtime API (custom runtime protocol, version 2018-06-01) over HTTP.
/// Every non-success answer becomes a <see cref="RuntimeApiException"/>.
/// </summary>
public sealed class RuntimeApiClient : IDisposable
{
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    private static readonly MediaTypeHeaderValue ErrorContentType = new("application/vnd.aws.lambda.error+json");
    private readonly HttpClient _http;

    /// <param name="runtimeApi">The <c>host:port</c> from <c>AWS_LAMBDA_RUNTIME_API</c>.</param>
    public RuntimeApiClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            // GET /next is a long poll, and Lambda freezes the whole process between invocations: any
            // finite timeout would fire on thaw, after minutes or hours frozen, and kill a healthy runtime.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Waits for the next event.</summary>
    /// <exception cref="RuntimeApiException">The API answered other than 200.</exception>
    /// <exception cref="HttpRequestException">The API cannot be reached.</exception>
    public async Task<RuntimeInvocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        const string path = "runtime/invocation/next";
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        EnsureSuccess(path, response);
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers;
        var deadlineMs = long.TryParse(Header(headers, "Lambda-Runtime-Deadline-Ms"), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out var ms) ? ms : long.MaxValue / 4;
        return new RuntimeInvocation(
            Header(headers, "Lambda-Runtime-Aws-Request-Id") ?? throw new RuntimeApiException("The event has no request id."),
            DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(deadlineMs, DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())),
            Header(headers, "Lambda-Runtime-Invoked-Function-Arn") ?? "",
            Header(headers, "Lambda-Runtime-Trace-Id"),
            Header(headers, "Lambda-Runtime-Client-Context"),
            Header(headers, "Lambda-Runtime-Cognito-Identity"),
            payload);
    }

    /// <summary>Sends the function's result for <paramref name="requestId"/>.</summary>
    /// <exception cref="RuntimeApiException">The API refused it (413: over the 6 MB synchronous limit).</exception>
    public async Task PostResponseAsync(string requestId, byte[] response, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(response);
        await PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports that the invocation <paramref name="requestId"/> failed.</summary>
    /// <exception cref="RuntimeApiException">The API refused the report.</exception>
    public Task PostErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorReportAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    /// <summary>Reports that the function could not be initialised; the runtime must exit afterwards.</summary>
    /// <exception cref="RuntimeApiException">The API refused the report.</exception>
    public Task PostInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorReportAsync("runtime/init/error", error, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task PostErrorReportAsync(string path, RuntimeError error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(error, HostingJsonContext.Default.RuntimeError));
        content.Headers.ContentType = ErrorContentType;
        await PostAsync(path, content, cancellationToken, error.ErrorType).ConfigureAwait(false);
    }

    private async Task PostAsync(string path, HttpContent content, CancellationToken cancellationToken, string? errorType = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(path, response);
    }

    private static void EnsureSuccess(string path, HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new RuntimeApiException(path, response.StatusCode);
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
