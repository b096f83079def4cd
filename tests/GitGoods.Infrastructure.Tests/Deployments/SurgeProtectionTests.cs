using System.Text.Json;

using GitGoods.Infrastructure.Api;
using GitGoods.Manifest;
using GitGoods.Orders.Fulfilment;
using GitGoods.Orders.PlaceOrder;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>
/// Surge protection as deployed: the order path's reserved concurrency from the manifest, and the API stage's throttling
/// (a default for every route, tighter limits on the write routes that create orders and carts).
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class SurgeProtectionTests(SynthesizedGitGoods stack)
{
    private static readonly string[] OrderPathNames = [PlaceOrderHandler.FunctionName, .. OrderWorkflow.StepFunctions, "RelayOrderOutbox"];

    public static TheoryData<string> OrderPath => [.. OrderPathNames];

    public static TheoryData<string> ThrottledRouteKeys => [.. ApiThrottling.Routes.Keys];

    [Theory]
    [MemberData(nameof(OrderPath))]
    public void OrderPathFunction_ReservesTheManifestsConcurrency(string name)
    {
        var reserved = FunctionManifest.Find(name)!.ReservedConcurrency;

        reserved.Should().BePositive();
        Function(name).GetProperty("ReservedConcurrentExecutions").GetInt32().Should().Be(reserved);
    }

    [Fact]
    public void OnlyTheOrderPath_Reserves_AndItLeavesTheRestOfTheAccountItsShare()
    {
        var reserving = stack.Resources("AWS::Lambda::Function").Values
            .Select(f => f.GetProperty("Properties"))
            .Where(p => p.TryGetProperty("ReservedConcurrentExecutions", out _))
            .ToList();

        reserving.Select(p => p.GetProperty("Handler").GetString()).Should().BeEquivalentTo(OrderPathNames);
        var total = reserving.Sum(p => p.GetProperty("ReservedConcurrentExecutions").GetInt32());
        total.Should().BeLessThanOrEqualTo(ConcurrencyBudget.MaxReserved);
        (ConcurrencyBudget.AccountConcurrency - total).Should().BeGreaterThanOrEqualTo(ConcurrencyBudget.MinimumUnreserved);
    }

    [Fact]
    public void DefaultStage_ThrottlesEveryRoute()
    {
        var defaults = Stage().GetProperty("DefaultRouteSettings");

        defaults.GetProperty("ThrottlingRateLimit").GetDouble().Should().Be(ApiThrottling.Default.RateLimit);
        defaults.GetProperty("ThrottlingBurstLimit").GetInt32().Should().Be(ApiThrottling.Default.BurstLimit);
    }

    [Fact]
    public void Stage_HasRouteSettingsForExactlyTheThrottledRoutes()
    {
        Stage().GetProperty("RouteSettings").EnumerateObject().Select(r => r.Name).Should().BeEquivalentTo(ApiThrottling.Routes.Keys);
    }

    [Theory]
    [MemberData(nameof(ThrottledRouteKeys))]
    public void ThrottledRoute_IsAManifestRoute_WithTighterLimitsThanTheDefault(string routeKey)
    {
        var limit = ApiThrottling.Routes[routeKey];
        var settings = Stage().GetProperty("RouteSettings").GetProperty(routeKey);

        FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().Select(r => r.RouteKey).Should().Contain(routeKey);
        settings.GetProperty("ThrottlingRateLimit").GetDouble().Should().Be(limit.RateLimit).And.BeLessThan(ApiThrottling.Default.RateLimit);
        settings.GetProperty("ThrottlingBurstLimit").GetInt32().Should().Be(limit.BurstLimit).And.BeLessThan(ApiThrottling.Default.BurstLimit);
    }

    [Theory]
    [MemberData(nameof(ThrottledRouteKeys))]
    public void Stage_WaitsForTheThrottledRoute_ForApiGatewayRefusesSettingsOfAnUnknownRoute(string routeKey)
    {
        var routeId = stack.LogicalId(stack.Stack.Functions.Routes[routeKey]);
        var stageId = stack.Resources("AWS::ApiGatewayV2::Stage").Keys.Single();

        stack.Resources("AWS::ApiGatewayV2::Stage")[stageId].GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString())
            .Should().Contain(routeId);
    }

    [Fact]
    public void PlaceOrdersBurst_FitsItsReservedConcurrency_SoApiGatewaySays429BeforeLambdaThrottles()
    {
        var placeOrder = (HttpRouteTrigger)FunctionManifest.Find(PlaceOrderHandler.FunctionName)!.Trigger;

        ApiThrottling.Routes[placeOrder.RouteKey].BurstLimit
            .Should().BeLessThanOrEqualTo(FunctionManifest.Find(PlaceOrderHandler.FunctionName)!.ReservedConcurrency!.Value);
    }

    private JsonElement Function(string name) =>
        stack.Resources("AWS::Lambda::Function")[stack.FunctionLogicalId(name)].GetProperty("Properties");

    private JsonElement Stage() => stack.Resources("AWS::ApiGatewayV2::Stage").Values.Single().GetProperty("Properties");
}
