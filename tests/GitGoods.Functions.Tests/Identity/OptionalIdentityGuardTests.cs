using GitGoods.Manifest;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Identity;

namespace GitGoods.Functions.Tests.Identity;

public class OptionalIdentityGuardTests
{
    [Fact]
    public async Task NoToken_PassesAnonymously_AndForgedClaimsAreDropped()
    {
        var inner = new RecordingHandler();
        var request = Requests.SignedIn(Requests.Get("/api/cart"), "forged");

        var response = await new AccessGuard(RouteAccess.OptionalIdentity, inner, new StubVerifier()).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(200);
        inner.Caller.Should().BeNull();
    }

    [Fact]
    public async Task ValidToken_NamesTheCaller()
    {
        var inner = new RecordingHandler();
        var request = WithAuthorization(Requests.Get("/api/cart"), "Bearer good");

        var response = await new AccessGuard(RouteAccess.OptionalIdentity, inner, new StubVerifier()).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(200);
        inner.Caller!.UserId.Should().Be("u-1");
        inner.Caller.IsSeller.Should().BeTrue();
    }

    [Theory]
    [InlineData("Bearer bad")]
    [InlineData("Basic Zm9vOmJhcg==")]
    [InlineData("Bearer ")]
    public async Task BadToken_Is401Problem(string authorization)
    {
        var inner = new RecordingHandler();
        var request = WithAuthorization(Requests.Get("/api/cart"), authorization);

        var response = await new AccessGuard(RouteAccess.OptionalIdentity, inner, new StubVerifier()).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(401);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        inner.Called.Should().BeFalse();
    }

    [Fact]
    public void OptionalIdentity_NeedsNoAuthorizer()
    {
        new HttpRouteTrigger("GET", "/api/cart", RouteAccess.OptionalIdentity).RequiresToken.Should().BeFalse();
    }

    private static ApiGatewayHttpRequest WithAuthorization(ApiGatewayHttpRequest request, string value)
    {
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["authorization"] = value };
        return request;
    }

    private sealed class StubVerifier : ITokenVerifier
    {
        public Task<IDictionary<string, string>?> VerifyAsync(string token, CancellationToken cancellationToken) =>
            Task.FromResult<IDictionary<string, string>?>(token == "good"
                ? new Dictionary<string, string>(StringComparer.Ordinal) { ["sub"] = "u-1", ["cognito:groups"] = "[sellers]" }
                : null);
    }

    private sealed class RecordingHandler : IHttpHandler
    {
        public bool Called { get; private set; }

        public Caller? Caller { get; private set; }

        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            Called = true;
            Caller = GitGoods.Identity.Caller.From(request);
            return Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200 });
        }
    }
}
