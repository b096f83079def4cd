using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;

using GitGoods.Infrastructure.Api;

namespace GitGoods.Infrastructure.Tests.Api;

/// <summary>Throttling for a route the API does not have is refused at synth time (API Gateway would fail the deploy). No synth: it throws first.</summary>
public sealed class ApiThrottlingGuardTests
{
    [Fact]
    public void ThrottlingAnUnknownRoute_FailsNamingIt()
    {
        var api = new HttpApiConstruct(new Stack(), "Api", new HttpApiOptions());
        var limits = new Dictionary<string, RouteThrottle>(StringComparer.Ordinal) { ["POST /api/nowhere"] = new(RateLimit: 1, BurstLimit: 1) };

        var act = () => api.ThrottleRoutes(new Dictionary<string, HttpRoute>(StringComparer.Ordinal), limits);

        act.Should().Throw<InvalidOperationException>().WithMessage("*POST /api/nowhere*");
    }
}
