using System.Net;
using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Bootstrap;

/// <summary>The published Native AOT bootstrap, run as Lambda runs it, against the fake Runtime API.</summary>
[Collection(BootstrapProcesses.Name)]
public sealed class BootstrapProcessTests(BootstrapFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private const string HealthEvent = """
        {"version":"2.0","routeKey":"GET /api/health","rawPath":"/api/health","rawQueryString":"",
        "headers":{"accept":"application/json"},"requestContext":{"accountId":"123456789012","apiId":"api",
        "domainName":"api.gitgoods.dev","domainPrefix":"api","http":{"method":"GET","path":"/api/health",
        "protocol":"HTTP/1.1","sourceIp":"203.0.113.9","userAgent":"test"},"requestId":"api-req-1",
        "routeKey":"GET /api/health","stage":"$default","time":"27/Nov/2026:09:00:00 +0000","timeEpoch":1795770000000},
        "isBase64Encoded":false}
        """;

    [Fact]
    public async Task Health_AnswersAnApiGatewayResponseWithStatusOk()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "Health"));

        var posted = await Invoke(api, process, "health-1", HealthEvent);

        posted.IsError.Should().BeFalse(process.Diagnostics);
        var response = JsonDocument.Parse(posted.Body).RootElement;
        response.GetProperty("statusCode").GetInt32().Should().Be(200);
        JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task FunctionVariable_WinsOverHandler_ForTheManagedRuntimesExecutableMode()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "bootstrap"), ("GITGOODS_FUNCTION", "Health"));

        var posted = await Invoke(api, process, "health-1", HealthEvent);

        posted.IsError.Should().BeFalse(process.Diagnostics);
        JsonDocument.Parse(posted.Body).RootElement.GetProperty("statusCode").GetInt32().Should().Be(200);
    }

    [Fact]
    public async Task Health_WritesTheColdStartMetricOnceAsEmf()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "Health"));
        await Invoke(api, process, "health-1", HealthEvent);
        await Invoke(api, process, "health-2", HealthEvent);

        var lines = process.StopAndReadOutput();

        lines.Where(line => line.Contains("\"ColdStart\":1", StringComparison.Ordinal)).Should().ContainSingle(process.Diagnostics)
            .Which.Should().Contain("\"function_name\":\"gitgoods-process-test\"");
    }

    [Fact]
    public async Task GetProduct_WithAnEventThatIsNotJson_PostsErrorWithTheJsonExceptionType()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "GetProduct"), ("TABLE_NAME", "gitgoods-test"));

        var posted = await Invoke(api, process, "bad-1", "this is not json");

        posted.IsError.Should().BeTrue(process.Diagnostics);
        posted.ErrorType.Should().Be("System.Text.Json.JsonException");
        JsonDocument.Parse(posted.Body).RootElement.GetProperty("errorType").GetString().Should().Be("System.Text.Json.JsonException");
    }

    [Fact]
    public async Task UnknownHandler_PostsInitErrorAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "NoSuchFunction"));

        var initError = await api.InitError.WaitAsync(Patience);
        var exitCode = await process.WaitForExitAsync(Patience);

        initError.ErrorType.Should().Be("GitGoods.Bootstrap.UnknownHandlerException");
        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString().Should().Contain("NoSuchFunction");
        exitCode.Should().NotBe(0);
    }

    [Fact]
    public async Task TableFunctionWithoutTableName_PostsInitErrorAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "GetProduct"));

        var initError = await api.InitError.WaitAsync(Patience);
        var exitCode = await process.WaitForExitAsync(Patience);

        initError.ErrorType.Should().Be("System.InvalidOperationException");
        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString().Should().Contain("TABLE_NAME");
        exitCode.Should().NotBe(0);
    }

    [Fact]
    public async Task PaymentFunctionInProductionWithTheSimulator_PostsInitErrorAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "AuthorizePayment"), ("TABLE_NAME", "gitgoods-test"), ("DEPLOYMENT_STAGE", "production"));

        var initError = await api.InitError.WaitAsync(Patience);
        var exitCode = await process.WaitForExitAsync(Patience);

        initError.ErrorType.Should().Be("System.InvalidOperationException");
        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString()
            .Should().Contain("DEPLOYMENT_STAGE").And.Contain("production").And.Contain("simulated");
        exitCode.Should().NotBe(0);
    }

    [Fact]
    public async Task RuntimeApiAnswering500_MakesTheProcessExitNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.FailEveryCallWith = HttpStatusCode.InternalServerError;
        using var process = Start(api, ("_HANDLER", "Health"));

        var exitCode = await process.WaitForExitAsync(Patience);

        exitCode.Should().NotBe(0);
    }

    private BootstrapProcess Start(FakeRuntimeApi api, params (string Name, string Value)[] variables) =>
        BootstrapProcess.Start(fixture.BootstrapPath, api.Address, variables);

    private static async Task<RuntimeApiPost> Invoke(FakeRuntimeApi api, BootstrapProcess process, string requestId, string payload)
    {
        var posted = api.Enqueue(new FakeInvocation(requestId, Encoding.UTF8.GetBytes(payload)));
        var finished = await Task.WhenAny(posted, Task.Delay(Patience));
        finished.Should().BeSameAs(posted, "the bootstrap should answer {0}. {1}", requestId, process.Diagnostics);
        return await posted;
    }
}
