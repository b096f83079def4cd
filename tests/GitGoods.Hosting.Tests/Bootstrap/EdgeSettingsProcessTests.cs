using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Bootstrap;

/// <summary>
/// The edge settings the CDK app passes (ORIGIN_VERIFY_SECRETS, DAX_ENDPOINT), through the published Native AOT bootstrap
/// and the fake Runtime API: checked at init, enforced per request, and never written to the function's log.
/// </summary>
[Collection(BootstrapProcesses.Name)]
public sealed class EdgeSettingsProcessTests(BootstrapFixture fixture)
{
    private const string Current = "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jKcurrent";
    private const string Previous = "Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jKprevious";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Health_WithOriginSecrets_AnswersOnlyCloudFrontsRequests_AndLogsNoSecret()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "Health"), ("ORIGIN_VERIFY_SECRETS", Current + "," + Previous));

        var missing = await InvokeAsync(api, process, "no-header", HealthEvent(null));
        var previous = await InvokeAsync(api, process, "previous", HealthEvent(Previous));
        var stale = await InvokeAsync(api, process, "stale", HealthEvent(Current + "-stale"));
        var lines = process.StopAndReadOutput();

        StatusOf(missing).Should().Be(403, process.Diagnostics);
        StatusOf(previous).Should().Be(200);
        StatusOf(stale).Should().Be(403);
        var response = JsonDocument.Parse(missing.Body).RootElement;
        response.GetProperty("headers").GetProperty("content-type").GetString().Should().Be("application/problem+json");
        JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement.GetProperty("title").GetString().Should().Be("Forbidden");
        lines.Where(l => l.Contains("did not come through CloudFront", StringComparison.Ordinal)).Should().HaveCount(2, process.Diagnostics);
        lines.Should().NotContain(l => l.Contains("Zq81vV0pT4kX2mN7sR9aB3cD5eF6gH8jK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShortOriginSecret_PostsAnInitErrorNamingTheVariableButNotTheValue()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "Health"), ("ORIGIN_VERIFY_SECRETS", Current + ",short-secret-value"));

        var initError = await api.InitError.WaitAsync(Patience);
        var exitCode = await process.WaitForExitAsync(Patience);

        exitCode.Should().NotBe(0);
        var message = JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString();
        message.Should().Contain("ORIGIN_VERIFY_SECRETS").And.NotContain("short-secret-value").And.NotContain(Current);
        process.StopAndReadOutput().Should().NotContain(l => l.Contains("short-secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetProduct_WithDaxEndpointButNoDaxClient_WarnsOnceAtInitAndServes()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "GetProduct"), ("TABLE_NAME", "gitgoods-test"),
            ("DAX_ENDPOINT", "dax://gitgoods.abc123.dax-clusters.ap-southeast-1.amazonaws.com"));

        var first = await InvokeAsync(api, process, "bad-1", "not json");
        var second = await InvokeAsync(api, process, "bad-2", "not json");
        var lines = process.StopAndReadOutput();

        first.IsError.Should().BeTrue("the function started and took events");
        second.IsError.Should().BeTrue();
        lines.Where(l => l.Contains("no DAX client", StringComparison.Ordinal)).Should().ContainSingle(process.Diagnostics)
            .Which.Should().Contain("\"level\":\"Warning\"").And.Contain("\"catalogue_reads\":\"dynamodb\"");
    }

    [Fact]
    public async Task GetProduct_WithAMalformedDaxEndpoint_PostsAnInitError()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var process = Start(api, ("_HANDLER", "GetProduct"), ("TABLE_NAME", "gitgoods-test"), ("DAX_ENDPOINT", "my-cluster:8111"));

        var initError = await api.InitError.WaitAsync(Patience);

        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString().Should().Contain("DAX_ENDPOINT");
        (await process.WaitForExitAsync(Patience)).Should().NotBe(0);
    }

    private static string HealthEvent(string? origin) => $$"""
        {"version":"2.0","routeKey":"GET /api/health","rawPath":"/api/health","rawQueryString":"",
        "headers":{"accept":"application/json"{{(origin is null ? "" : $",\"x-origin-verify\":\"{origin}\"")}}},
        "requestContext":{"requestId":"api-req-1","http":{"method":"GET","path":"/api/health","sourceIp":"203.0.113.9"},
        "routeKey":"GET /api/health","stage":"$default"},"isBase64Encoded":false}
        """;

    private static int StatusOf(RuntimeApiPost posted) => JsonDocument.Parse(posted.Body).RootElement.GetProperty("statusCode").GetInt32();

    private BootstrapProcess Start(FakeRuntimeApi api, params (string Name, string Value)[] variables) =>
        BootstrapProcess.Start(fixture.BootstrapPath, api.Address, variables);

    private static async Task<RuntimeApiPost> InvokeAsync(FakeRuntimeApi api, BootstrapProcess process, string requestId, string payload)
    {
        var posted = api.Enqueue(new FakeInvocation(requestId, Encoding.UTF8.GetBytes(payload)));
        var finished = await Task.WhenAny(posted, Task.Delay(Patience));
        finished.Should().BeSameAs(posted, "the bootstrap should answer {0}. {1}", requestId, process.Diagnostics);
        return await posted;
    }
}
