using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Api;

/// <summary>
/// The API's catch-all: HTTP API's <c>$default</c> route takes every request no catalogued route matched, without an
/// authorizer, and hands it to the manifest's <see cref="DefaultRouteTrigger"/> function (404 or 405 problem+json), so no
/// unknown path or method gets API Gateway's own <c>{"message":"Not Found"}</c>.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class DefaultRouteTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void Manifest_HasExactlyOneDefaultRouteFunction()
    {
        FunctionManifest.All.Where(f => f.Trigger is DefaultRouteTrigger).Select(f => f.Name)
            .Should().ContainSingle().Which.Should().Be(FunctionManifest.UnmatchedRouteFunction);
    }

    [Fact]
    public void DefaultRoute_IsDeployedWithoutAuthorizer_AndIntegratesWithTheLiveAliasOfTheCatchAllFunction()
    {
        var routes = stack.Resources("AWS::ApiGatewayV2::Route").Values
            .Where(r => r.GetProperty("Properties").GetProperty("RouteKey").GetString() == DefaultRouteTrigger.RouteKey)
            .ToList();
        routes.Should().ContainSingle();
        var route = routes[0].GetProperty("Properties");
        route.GetProperty("AuthorizationType").GetString().Should().Be("NONE");
        var integrationId = route.GetProperty("Target").GetProperty("Fn::Join")[1][1].GetProperty("Ref").GetString()!;

        var integration = stack.Resources("AWS::ApiGatewayV2::Integration")[integrationId].GetProperty("Properties");
        integration.GetProperty("IntegrationType").GetString().Should().Be("AWS_PROXY");
        integration.GetProperty("PayloadFormatVersion").GetString().Should().Be("2.0");
        integration.GetProperty("IntegrationUri").GetProperty("Ref").GetString()
            .Should().Be(stack.AliasLogicalId(FunctionManifest.UnmatchedRouteFunction));
    }

    [Fact]
    public void ApiGateway_MayInvokeTheCatchAllsLiveAlias()
    {
        stack.Template.FindResources("AWS::Lambda::Permission", Props(("Properties", Props(
            ("FunctionName", Ref(stack.AliasLogicalId(FunctionManifest.UnmatchedRouteFunction))),
            ("Principal", "apigateway.amazonaws.com"))))).Should().NotBeEmpty();
    }
}
