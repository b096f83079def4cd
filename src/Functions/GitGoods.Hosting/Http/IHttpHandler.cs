using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Http;

/// <summary>A function behind an API Gateway HTTP API route.</summary>
public interface IHttpHandler
{
    Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken);
}
