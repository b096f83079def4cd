using GitGoods.Orders;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>The on-call dashboard: the API's golden signals, saturation, the SLO's burn rates and the business KPIs the functions write.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class OperationsDashboardTests(SynthesizedGitGoods app)
{
    private const string Dashboard = "AWS::CloudWatch::Dashboard";

    private (string Name, string Body) TheDashboard()
    {
        var dashboard = TemplateJson.Resources(app.NestedJson(app.Stack.Monitoring), Dashboard).Should().ContainSingle().Subject.Properties;
        return (dashboard.GetProperty("DashboardName").GetString()!, TemplateJson.Joined(dashboard.GetProperty("DashboardBody")));
    }

    [Fact]
    public void Dashboard_IsNamedAfterTheStack()
    {
        TheDashboard().Name.Should().Be("GitGoods-operations");
    }

    [Theory]
    [InlineData(OrderMetrics.OrderPlaced)]
    [InlineData(OrderMetrics.OrderConfirmed)]
    [InlineData(OrderMetrics.OrderRejected)]
    [InlineData(OrderMetrics.Revenue)]
    [InlineData(OrderMetrics.OrderValidationTime)]
    public void Dashboard_ShowsTheBusinessMetric_AsTheFunctionsWriteIt(string metricName)
    {
        TheDashboard().Body.Should().Contain($"[\"GitGoods\",\"{metricName}\",\"service\",\"gitgoods\"");
    }

    [Theory]
    [InlineData("\"AWS/ApiGateway\",\"Latency\"", "p99")]
    [InlineData("\"AWS/ApiGateway\",\"Count\"", "Sum")]
    [InlineData("\"AWS/ApiGateway\",\"4xx\"", "Sum")]
    [InlineData("\"AWS/ApiGateway\",\"5xx\"", "Sum")]
    [InlineData("\"AWS/Lambda\",\"ConcurrentExecutions\"", "Maximum")]
    [InlineData("\"AWS/Lambda\",\"Throttles\"", "Sum")]
    [InlineData("\"AWS/SQS\",\"ApproximateAgeOfOldestMessage\"", "Maximum")]
    [InlineData("\"AWS/ApplicationSignals\",\"BurnRate\"", "Maximum")]
    public void Dashboard_ShowsTheGoldenSignalsAndSaturation(string metric, string statistic)
    {
        TheDashboard().Body.Should().MatchRegex($"\\[{System.Text.RegularExpressions.Regex.Escape(metric)}[^\\]]*\"stat\":\"{statistic}\"");
    }
}
