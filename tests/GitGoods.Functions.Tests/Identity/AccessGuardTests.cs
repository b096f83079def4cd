using GitGoods.Manifest;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Health;
using GitGoods.Hosting.Http;
using GitGoods.Identity;

namespace GitGoods.Functions.Tests.Identity;

public class AccessGuardTests
{
    public static TheoryData<RouteAccess, string[]?, int> Cases => new()
    {
        { RouteAccess.Public, null, 200 },
        { RouteAccess.Public, ["admins"], 200 },
        { RouteAccess.SignedIn, null, 401 },
        { RouteAccess.SignedIn, [], 200 },
        { RouteAccess.Sellers, null, 401 },
        { RouteAccess.Sellers, [], 403 },
        { RouteAccess.Sellers, ["business"], 403 },
        { RouteAccess.Sellers, ["sellers"], 200 },
        { RouteAccess.Sellers, ["admins"], 200 },
        { RouteAccess.Admins, null, 401 },
        { RouteAccess.Admins, [], 403 },
        { RouteAccess.Admins, ["sellers"], 403 },
        { RouteAccess.Admins, ["admins"], 200 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Handle_AllowsExactlyTheRoutesAudience(RouteAccess access, string[]? groups, int expectedStatus)
    {
        var request = Requests.Get("/api/x");
        if (groups is not null)
        {
            request = Requests.SignedIn(request, "u-1", groups);
        }

        var response = await new AccessGuard(access, new HealthHandler()).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(expectedStatus);
        if (expectedStatus != 200)
        {
            response.Headers!["content-type"].Should().Be("application/problem+json", "a function-made refusal is problem details");
        }
    }

    [Fact]
    public async Task Manifest_PutsEveryHttpHandlerBehindTheGuard()
    {
        using var services = new GitGoods.Composition.FunctionServices(
            new GitGoods.Composition.FunctionSettings("T", new Uri("http://127.0.0.1:1"), "ap-southeast-1")
            {
                IdempotencyTableName = "T-idempotency",
                OrderQueueUrl = "http://127.0.0.1:1/000000000000/orders",
                OrderDeadLetterQueueUrl = "http://127.0.0.1:1/000000000000/orders-dlq",
                PersonalDataKmsKeyId = "alias/test",
                ImageBucket = "gitgoods-images",
            }, TimeProvider.System);
        var guarded = FunctionManifest.All.Where(f => f.Trigger is HttpRouteTrigger { RequiresToken: true }).ToList();

        guarded.Should().NotBeEmpty();
        foreach (var definition in guarded)
        {
            var response = await definition.Create(services)
                .InvokeAsync(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Requests.Get("/api/x"),
                    GitGoods.Hosting.Json.HostingJsonContext.Default.ApiGatewayHttpRequest), Requests.Context, default);
            System.Text.Encoding.UTF8.GetString(response).Should().Contain("\"statusCode\":401", definition.Name + " must refuse a request without claims");
        }
    }
}
