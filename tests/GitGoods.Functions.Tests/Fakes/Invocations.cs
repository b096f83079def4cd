using System.Text.Json;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Invokes a built function through its Lambda entry point, as the bootstrap and the local gateway do.</summary>
internal static class Invocations
{
    public static async Task<ApiGatewayHttpResponse> InvokeAsync(ILambdaFunction function, ApiGatewayHttpRequest request, LambdaContext? context = null)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, HostingJsonContext.Default.ApiGatewayHttpRequest);
        var output = await function.InvokeAsync(payload, context ?? Requests.Context, default);
        return JsonSerializer.Deserialize(output, HostingJsonContext.Default.ApiGatewayHttpResponse)!;
    }
}
