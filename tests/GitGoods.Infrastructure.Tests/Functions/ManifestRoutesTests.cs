using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>The agreement: the deployed API has exactly the manifest's routes, each wired to its own function.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class ManifestRoutesTests(SynthesizedGitGoods stack)
{
    private const string Route = "AWS::ApiGatewayV2::Route";

    private static IEnumerable<(FunctionDefinition Function, HttpRouteTrigger Route)> ManifestRoutes =>
        FunctionManifest.All
            .Where(f => f.Trigger is HttpRouteTrigger && !GitGoods.Infrastructure.WaitingRoom.WaitingRoomStack.IsHere(f)) // nested: WaitingRoomStackTests
            .Select(f => (f, (HttpRouteTrigger)f.Trigger));

    public static TheoryData<string> ManifestRouteFunctions => [.. ManifestRoutes.Select(r => r.Function.Name)];

    [Fact]
    public void RouteKeys_AreExactlyTheManifestRouteKeys()
    {
        var deployed = stack.Resources(Route).Values
            .Select(r => r.GetProperty("Properties").GetProperty("RouteKey").GetString())
            .ToList();

        deployed.Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo([.. ManifestRoutes.Select(r => r.Route.RouteKey), DefaultRouteTrigger.RouteKey]);
    }

    [Theory]
    [MemberData(nameof(ManifestRouteFunctions))]
    public void Route_IntegratesWithTheLiveAliasOfTheFunctionOfTheSameName(string name)
    {
        var routeKey = ((HttpRouteTrigger)FunctionManifest.Find(name)!.Trigger).RouteKey;
        var integration = new Capture();
        stack.Template.HasResourceProperties(Route, Props(
            ("RouteKey", routeKey),
            ("Target", Props(("Fn::Join", new object[] { "", new object[] { "integrations/", Ref(integration) } })))));

        var integrationsOfFunction = stack.Template.FindResources("AWS::ApiGatewayV2::Integration", Props(
            ("Properties", Props(
                ("IntegrationType", "AWS_PROXY"),
                ("PayloadFormatVersion", "2.0"),
                ("IntegrationUri", Cfn.Ref(stack.AliasLogicalId(name)))))));

        integrationsOfFunction.Keys.Should().ContainSingle().Which.Should().Be(integration.AsString());
    }

    [Theory]
    [MemberData(nameof(ManifestRouteFunctions))]
    public void Route_IsGuardedAsTheManifestSays(string name)
    {
        var route = (HttpRouteTrigger)FunctionManifest.Find(name)!.Trigger;
        var expected = !route.RequiresToken ? "NONE" : "JWT";

        stack.Template.HasResourceProperties(Route, Props(("RouteKey", route.RouteKey), ("AuthorizationType", expected)));
    }

    [Fact]
    public void Stack_OutputsTheApiUrl()
    {
        stack.Template.HasOutput("ApiUrl", Props(("Value", Match.AnyValue())));
    }

    private static Dictionary<string, object> Ref(Capture capture) => Props(("Ref", capture));
}
