using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CloudWatch;

using Constructs;

using GitGoods.Infrastructure.Orders;
using GitGoods.Orders;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The on-call dashboard, <c>&lt;stack&gt;-operations</c>, laid out in the order an incident is read: the API's golden signals
/// (latency, traffic, errors), the availability objective (burn rates, attainment, the paging alarms' states), saturation
/// (Lambda concurrency and throttles, the order queue's age and dead letters), the business (orders placed, confirmed and
/// rejected, revenue, order validation time) and the order workflow (executions, rejections by reason from the step's logs).
/// </summary>
public sealed class OperationsDashboard : Construct
{
    private const int Third = 8;
    private const int Half = 12;
    private const int Height = 6;

    private static readonly Duration BusinessPeriod = Duration.Minutes(5);
    private static readonly Duration RevenuePeriod = Duration.Hours(1);

    public OperationsDashboard(Construct scope, string id, MonitoringOptions options, AvailabilitySlo availability, PagingAlarm paging)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(paging);
        Dashboard = new Dashboard(this, "Dashboard", new DashboardProps
        {
            DashboardName = $"{options.Name}-operations",
            DefaultInterval = Duration.Hours(3),
        });
        Dashboard.AddWidgets(GoldenSignals(options.Api));
        Dashboard.AddWidgets(Availability(availability, paging));
        Dashboard.AddWidgets(Saturation(options));
        Dashboard.AddWidgets(BusinessKpis());
        Dashboard.AddWidgets(Workflow(options));
    }

    public Dashboard Dashboard { get; }

    private static IWidget[] GoldenSignals(IHttpApi api) =>
    [
        Graph("API latency (ms)", Third,
            [api.MetricLatency(Options(Stats.Percentile(50), "p50")), api.MetricLatency(Options(Stats.Percentile(99), "p99"))],
            Line(ApiAlarms.LatencyP99ThresholdMs, "objective: p99 under 500 ms")),
        Graph("API traffic (requests per minute)", Third, [api.MetricCount(Options(Stats.SUM, "requests"))]),
        Graph("API errors (per minute)", Third,
            [api.MetricClientError(Options(Stats.SUM, "4xx")), api.MetricServerError(Options(Stats.SUM, "5xx"))]),
    ];

    private static IWidget[] Availability(AvailabilitySlo availability, PagingAlarm paging) =>
    [
        Graph("Error-budget burn rate (99.9 % over 30 days)", Third,
            [.. BurnRateWindows.LookBackMinutes.Select(availability.BurnRate)],
            [.. BurnRateWindows.All.Select(w => Line(w.Threshold, $"{w.Name} threshold"))]),
        Graph("Availability attainment (%)", Third, [availability.Attainment()], Line(AvailabilitySlo.AttainmentGoalPercent, "goal")),
        // The children known now; one added later (AddPagingAlarm) shows through the composite's own state, listed first.
        new AlarmStatusWidget(new AlarmStatusWidgetProps
        {
            Title = "Paging alarms",
            Width = Third,
            Height = Height,
            Alarms = [paging.Alarm, .. paging.Alarms],
            SortBy = AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP,
        }),
    ];

    private static IWidget[] Saturation(MonitoringOptions options) =>
    [
        Graph("Lambda concurrency and throttles", Third,
            [new Metric(new MetricProps { Namespace = "AWS/Lambda", MetricName = "ConcurrentExecutions", Statistic = Stats.MAXIMUM, Label = "concurrent executions (account)" })],
            right: [.. options.Functions.OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => f.Value.MetricThrottles(Options(Stats.SUM, $"{f.Key} throttles")))]),
        Graph("Order queue: oldest message (s)", Third,
            [options.OrderQueue.MetricApproximateAgeOfOldestMessage(Options(Stats.MAXIMUM, "oldest order message (s)"))],
            Line(OrderQueuesConstruct.StuckMessageAgeSeconds, "stuck")),
        Graph("Order dead letters", Third,
            [options.OrderDeadLetterQueue.MetricApproximateNumberOfMessagesVisible(Options(Stats.MAXIMUM, "dead letters"))]),
    ];

    private static IWidget[] BusinessKpis() =>
    [
        Graph("Orders (per 5 minutes)", Third,
        [
            EmbeddedMetrics.Of(OrderMetrics.OrderPlaced, Stats.SUM, BusinessPeriod).With(new MetricOptions { Label = "placed" }),
            EmbeddedMetrics.Of(OrderMetrics.OrderConfirmed, Stats.SUM, BusinessPeriod).With(new MetricOptions { Label = "confirmed" }),
            EmbeddedMetrics.Of(OrderMetrics.OrderRejected, Stats.SUM, BusinessPeriod).With(new MetricOptions { Label = "rejected" }),
        ]),
        Graph("Revenue (SGD cents per hour)", Third,
            [EmbeddedMetrics.Of(OrderMetrics.Revenue, Stats.SUM, RevenuePeriod).With(new MetricOptions { Label = "confirmed revenue" })]),
        Graph("Order validation time (ms)", Third,
        [
            EmbeddedMetrics.Of(OrderMetrics.OrderValidationTime, Stats.Percentile(50)).With(new MetricOptions { Label = "p50" }),
            EmbeddedMetrics.Of(OrderMetrics.OrderValidationTime, Stats.Percentile(99)).With(new MetricOptions { Label = "p99" }),
        ], Line(OrderValidationAlarm.P99ThresholdMs, "objective: under 500 ms")),
    ];

    private static IWidget[] Workflow(MonitoringOptions options) =>
    [
        Graph("Order workflow executions (per 5 minutes)", Half,
        [
            options.OrderWorkflow.MetricSucceeded(Options(Stats.SUM, "succeeded", BusinessPeriod)),
            options.OrderWorkflow.MetricFailed(Options(Stats.SUM, "failed", BusinessPeriod)),
            options.OrderWorkflow.MetricTimedOut(Options(Stats.SUM, "timed out", BusinessPeriod)),
        ]),
        new LogQueryWidget(new LogQueryWidgetProps
        {
            Title = "Order rejections by reason",
            Width = Half,
            Height = Height,
            LogGroupNames = [options.RejectionLogs.LogGroupName],
            QueryLines = ["fields reason", "filter message = \"Order rejected.\"", "stats count(*) as rejections by reason"],
            View = LogQueryVisualizationType.TABLE,
        }),
    ];

    private static GraphWidget Graph(string title, int width, IMetric[] left, params HorizontalAnnotation[] annotations) =>
        Graph(title, width, left, right: [], annotations);

    private static GraphWidget Graph(string title, int width, IMetric[] left, IMetric[] right, params HorizontalAnnotation[] annotations) =>
        new(new GraphWidgetProps { Title = title, Width = width, Height = Height, Left = left, Right = right, LeftAnnotations = annotations });

    private static HorizontalAnnotation Line(double value, string label) => new() { Value = value, Label = label };

    private static MetricOptions Options(string statistic, string label, Duration? period = null) =>
        new() { Statistic = statistic, Label = label, Period = period ?? DetectionWindow.Period };
}
