using System.Text.Json;
using GitGoods.Composition;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Manifest;

namespace GitGoods.Functions.Tests.Http;

/// <summary>The origin check in front of every HTTP function: only requests CloudFront forwarded (with its secret header) get in.</summary>
public class OriginVerificationTests
{
    private const string Current = "current-origin-secret-0123456789abcdef";
    private const string Previous = "previous-origin-secret-0123456789abcdef";

    [Fact]
    public async Task NoSecretsConfigured_PassesEveryRequestThrough()
    {
        var response = await InvokeHealthAsync(variables: [], header: null);

        response.StatusCode.Should().Be(200);
    }

    [Theory]
    [InlineData(Current)]
    [InlineData(Previous)]
    public async Task CurrentOrPreviousValue_ReachesTheHandler(string header)
    {
        var response = await InvokeHealthAsync([(OriginSecrets.Variable, Current + "," + Previous)], header);

        response.StatusCode.Should().Be(200);
        response.Body.Should().Contain("\"status\":\"ok\"");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-origin-secret-0123456789abcdef")]
    [InlineData(Current + "-stale")]
    public async Task MissingOrWrongValue_Is403ProblemDetails(string? header)
    {
        var response = await InvokeHealthAsync([(OriginSecrets.Variable, Current + "," + Previous)], header);

        response.StatusCode.Should().Be(403);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        response.Headers["x-request-id"].Should().Be("req-1");
        using var problem = JsonDocument.Parse(response.Body!);
        problem.RootElement.GetProperty("title").GetString().Should().Be("Forbidden");
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(403);
        problem.RootElement.GetProperty("detail").GetString().Should().Be("Call the API through the shop's site.");
        problem.RootElement.GetProperty("traceId").GetString().Should().Be("req-1");
    }

    [Fact]
    public async Task WrongValue_NeverRunsTheHandler_AndAnAcceptedOneIsRemovedBeforeItRuns()
    {
        var inner = new RecordingHandler();
        var guard = new OriginVerification(OriginSecrets.Parse(Current), inner);

        await guard.HandleAsync(WithOrigin(Requests.Get("/api/cart/items/p-1"), "wrong-origin-secret-0123456789abcdef"), Requests.Context, default);
        inner.Seen.Should().BeEmpty("a refused request changes nothing");
        await guard.HandleAsync(WithOrigin(Requests.Get("/api/cart/items/p-1"), Current), Requests.Context, default);

        inner.Seen.Should().ContainSingle().Which.Headers!.Should().NotContainKey(OriginSecrets.HeaderName);
    }

    [Theory]
    [InlineData("CreateProduct")]
    [InlineData("SetCartItem")]
    [InlineData("PlaceOrder")]
    public async Task WrongValue_IsRefusedBeforeAnyTokenOrGroupCheck(string function)
    {
        using var services = Services([(OriginSecrets.Variable, Current), ("TABLE_NAME", "T"), ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:1"),
            ("IDEMPOTENCY_TABLE_NAME", "T-idempotency"), ("ORDERS_QUEUE_URL", "http://127.0.0.1:1/000000000000/orders"),
            ("COGNITO_ISSUER", "http://127.0.0.1:1/pool"), ("COGNITO_CLIENT_ID", "client"), ("ORDER_PII_KMS_KEY_ID", "alias/test"),
            ("IMAGE_BUCKET", "images-bucket")]);
        var request = Requests.Get("/api/x");
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["authorization"] = "Bearer not-a-token" };

        var response = await Invocations.InvokeAsync(FunctionManifest.Find(function)!.Create(services), request);

        response.StatusCode.Should().Be(403);
        using var problem = JsonDocument.Parse(response.Body!);
        problem.RootElement.GetProperty("detail").GetString().Should().Be("Call the API through the shop's site.");
    }

    [Fact]
    public void ShortSecret_FailsWhileTheSettingsAreRead_ThatIsAtInit()
    {
        var act = () => FunctionSettings.FromEnvironment(new DictionaryEnvironment(
            new Dictionary<string, string>(StringComparer.Ordinal) { [OriginSecrets.Variable] = "too-short-secret" }));

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(OriginSecrets.Variable).And.NotContain("too-short-secret");
    }

    private static async Task<ApiGatewayHttpResponse> InvokeHealthAsync((string Name, string Value)[] variables, string? header)
    {
        using var services = Services(variables);
        var request = Requests.Get("/api/health");
        if (header is not null)
        {
            WithOrigin(request, header);
        }

        return await Invocations.InvokeAsync(FunctionManifest.Find("Health")!.Create(services), request);
    }

    private static FunctionServices Services((string Name, string Value)[] variables) =>
        new(FunctionSettings.FromEnvironment(new DictionaryEnvironment(variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal))),
            TimeProvider.System);

    private static ApiGatewayHttpRequest WithOrigin(ApiGatewayHttpRequest request, string value)
    {
        request.Headers ??= new Dictionary<string, string>(StringComparer.Ordinal);
        request.Headers[OriginSecrets.HeaderName] = value;
        return request;
    }

    private sealed class RecordingHandler : IHttpHandler
    {
        public List<ApiGatewayHttpRequest> Seen { get; } = [];

        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            Seen.Add(request);
            return Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200 });
        }
    }
}
