using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Http;

/// <summary>
/// An HTTP function that can also be entered with the API Gateway event as an object rather than its JSON: the local
/// gateway's in-process path, which skips serializing the event and parsing the response. <see cref="HttpFunction"/>'s
/// <see cref="ILambdaFunction.InvokeAsync"/> (the Lambda bootstrap's entry) is this method between a parse of the
/// event and a serialization of the response, so both paths run the same code on the same request.
/// </summary>
public interface IHttpFunction : ILambdaFunction
{
    Task<ApiGatewayHttpResponse> InvokeHttpAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken);
}
