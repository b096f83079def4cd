using System.Text.Json;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Http;

/// <summary>
/// Adapts an <see cref="IHttpHandler"/> to the raw runtime contract. An exception from the handler
/// is not turned into a response: it is a function error, as on AWS, where API Gateway then answers
/// 500 and the Lambda Errors metric counts it.
/// </summary>
public sealed class HttpFunction(IHttpHandler handler) : IHttpFunction
{
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize(payload.Span, HostingJsonContext.Default.ApiGatewayHttpRequest)
            ?? throw new JsonException("The event is not an API Gateway HTTP API request.");
        var response = await InvokeHttpAsync(request, context, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.ApiGatewayHttpResponse);
    }

    public Task<ApiGatewayHttpResponse> InvokeHttpAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        // Powertools' API_GATEWAY_HTTP correlation path: ties the function's lines to the API's access log.
        context.Logger.CorrelationId = request.RequestContext.RequestId;
        return handler.HandleAsync(request, context, cancellationToken);
    }
}
