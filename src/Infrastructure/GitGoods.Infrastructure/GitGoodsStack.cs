using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;

using Constructs;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Analytics;
using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Hosting;
using GitGoods.Infrastructure.Identity;
using GitGoods.Infrastructure.Operations;
using GitGoods.Infrastructure.Orders;
using GitGoods.Infrastructure.Payments;
using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure;

/// <summary>
/// The Git Goods backend: the shop table, the HTTP API, one function per manifest entry, the user pool that
/// guards the API, the business team's read-only analytics access, and the checkout's order pipeline (idempotency
/// table, personal-data key, order queues, pipe, order workflow state machine) with the alarms that notify the team,
/// and the web site (the SPA on S3 behind CloudFront, which also fronts the API and carries the origin-verify secret),
/// and, when switched on, the catalogue cache (DAX), and the monitoring nested stack (SLO alarms, paging, Slack, dashboard). The site's WAF web ACL comes from the edge stack in us-east-1
/// (<see cref="GitGoodsApp"/>). Each concern is its own construct; this stack only composes them.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK Stack subclass: the suffix is the CDK convention.")]
public sealed class GitGoodsStack : Stack
{
    /// <summary>Context key: the IANA time zone whose calendar days the sales reports count (default Asia/Singapore).</summary>
    public const string ShopTimeZoneContextKey = "shopTimeZone";

    /// <param name="webAclArn">The site's CloudFront-scope web ACL (from the edge stack, or an existing one); none when null.</param>
    public GitGoodsStack(Construct scope, string id, IStackProps? props = null, string? webAclArn = null)
        : base(scope, id, props)
    {
        // Fail before building anything if the function binary is missing or the context is wrong.
        var bootstrap = BootstrapAsset.FromContext(Node);
        var webAssets = WebAsset.FromContext(Node);
        var domain = SiteDomain.FromContext(Node);
        var originVerification = OriginVerification.FromContext(Node);
        var cache = CatalogCacheSettings.FromContext(Node);
        var slack = SlackChannelSettings.FromContext(Node);

        Table = new ShopTableConstruct(this, "Data");
        Idempotency = new IdempotencyTableConstruct(this, "Idempotency");
        PersonalDataKey = new PersonalDataKey(this, "PersonalData");
        OrderQueues = new OrderQueuesConstruct(this, "OrderQueues");
        Alarms = new OperationsAlarmTopic(this, "Alarms");
        Users = new UserPoolConstruct(this, "Identity");
        AnalyticsStore = new AnalyticsStoreConstruct(this, "Analytics");
        BusinessAnalytics = new BusinessAnalyticsAccess(this, "BusinessAnalytics", Users, AnalyticsStore);
        CatalogCache = cache.Enabled ? new CatalogCacheConstruct(this, "CatalogCache", Table.Table, cache.NodeType) : null;
        Api = new HttpApiConstruct(this, "Api", new HttpApiOptions { AccessLogging = true, Cors = ApiCors.ForSite(domain, FunctionManifest.All) });
        Functions = new ManifestFunctions(this, "Functions", new ManifestFunctionsOptions
        {
            Functions = FunctionManifest.All,
            Code = bootstrap.Code,
            Table = Table.Table,
            Api = Api.Api,
            SignedInAuthorizer = Users.ApiAuthorizer,
            // The issuer API Gateway's authorizer checks too: https://cognito-idp.<region>.amazonaws.com/<poolId>.
            TokenIssuer = new TokenIssuerSettings("https://" + Users.UserPool.UserPoolProviderUrl, Users.SpaClient.UserPoolClientId),
            IdempotencyTable = Idempotency,
            PersonalDataKey = PersonalDataKey,
            OrderQueues = OrderQueues,
            OriginVerification = originVerification,
            CatalogCache = CatalogCache,
            AnalyticsStore = AnalyticsStore,
            ShopTimeZone = Node.TryGetContext(ShopTimeZoneContextKey) as string ?? Composition.FunctionSettings.DefaultShopTimeZone,
        });
        OrderWorkflow = new OrderWorkflowConstruct(this, "OrderWorkflow", new OrderWorkflowOptions
        {
            StepFunctions = Functions.StepFunctions.ToDictionary(f => f.Key, f => (Amazon.CDK.AWS.Lambda.IFunction)f.Value.Function, StringComparer.Ordinal),
            SenderEmail = Node.TryGetContext(OrderWorkflowConstruct.SenderEmailContextKey) as string ?? OrderWorkflowConstruct.DefaultSenderEmail,
        });
        OrderPipe = new OrderPipeConstruct(this, "OrderPipe", OrderQueues.Queue, OrderWorkflow.StateMachine);
        Payments = new PaymentProcessorConstruct(this, "Payments", PaymentProcessorOptions.FromContext(Node), FunctionManifest.All,
            Functions.Functions.ToDictionary(f => f.Key, f => f.Value.Function, StringComparer.Ordinal));
        Web = CreateWebSite(webAssets, originVerification, domain, webAclArn);
        NotifyAlarms();
        Monitoring = CreateMonitoring(slack);
        GitGoodsOutputs.Add(this);
    }

    private WebSiteConstruct CreateWebSite(WebAsset webAssets, OriginVerification originVerification, SiteDomain? domain, string? webAclArn)
    {
        var web = new WebSiteConstruct(this, "Web", new WebSiteOptions
        {
            Assets = webAssets,
            Api = Api.Api,
            UserPoolId = Users.UserPool.UserPoolId,
            UserPoolClientId = Users.SpaClient.UserPoolClientId,
            OriginVerification = originVerification,
            Domain = domain,
            WebAclArn = webAclArn,
            Payment = Payments.Site,
        });

        // A rotated secret reaches the functions before CloudFront starts sending it (both old values stay accepted meanwhile).
        foreach (var function in Functions.HttpFunctions.Values)
        {
            web.Distribution.Node.AddDependency(function.Function);
        }

        return web;
    }

    /// <summary>
    /// Alarms on the service level objectives, the paging alarm, the Slack channel and the dashboard, in a nested stack
    /// (docs/runbooks/incident.md). The dead-letter, stuck-order and workflow alarms made above page through it too.
    /// </summary>
    private MonitoringStack CreateMonitoring(SlackChannelSettings? slack) => new(this, "Monitoring", new MonitoringOptions
    {
        Name = StackName,
        Api = Api.Api,
        Functions = Functions.Functions.ToDictionary(f => f.Key, f => (Amazon.CDK.AWS.Lambda.IFunction)f.Value.Function, StringComparer.Ordinal),
        AlarmTopic = Alarms,
        OrderQueue = OrderQueues.Queue,
        OrderDeadLetterQueue = OrderQueues.DeadLetterQueue,
        OrderWorkflow = OrderWorkflow.StateMachine,
        RejectionLogs = Functions.Functions[GitGoods.Orders.Fulfilment.OrderWorkflow.RejectOrder].Function.LogGroup,
        PagingAlarms =
        [
            OrderQueues.DeadLettersAlarm, OrderQueues.StuckOrdersAlarm, OrderWorkflow.FailedAlarm, OrderWorkflow.TimedOutAlarm,
            .. Functions.DeadLetterAlarms,
        ],
        Slack = slack,
    });

    public ShopTableConstruct Table { get; }

    public IdempotencyTableConstruct Idempotency { get; }

    public PersonalDataKey PersonalDataKey { get; }

    public OrderQueuesConstruct OrderQueues { get; }

    public OperationsAlarmTopic Alarms { get; }

    public OrderWorkflowConstruct OrderWorkflow { get; }

    public OrderPipeConstruct OrderPipe { get; }

    public UserPoolConstruct Users { get; }

    public AnalyticsStoreConstruct AnalyticsStore { get; }

    public BusinessAnalyticsAccess BusinessAnalytics { get; }

    public HttpApiConstruct Api { get; }

    public ManifestFunctions Functions { get; }

    public WebSiteConstruct Web { get; }

    /// <summary>The payment processor's settings and grants on the functions that call it (docs/payments.md).</summary>
    public PaymentProcessorConstruct Payments { get; }

    /// <summary>The catalogue cache (DAX); null unless the <c>dax</c> context switch is on.</summary>
    public CatalogCacheConstruct? CatalogCache { get; }

    /// <summary>The monitoring nested stack: SLO alarms, burn rates, the paging alarm (<see cref="MonitoringStack.AddPagingAlarm"/>), Slack, dashboard.</summary>
    public MonitoringStack Monitoring { get; }

    private void NotifyAlarms()
    {
        foreach (var function in Functions.Functions.Values)
        {
            Alarms.Notify(function.ErrorsAlarm);
        }

        Alarms.Notify(OrderQueues.DeadLettersAlarm);
        Alarms.Notify(OrderQueues.StuckOrdersAlarm);
        Alarms.Notify(OrderWorkflow.FailedAlarm);
        Alarms.Notify(OrderWorkflow.TimedOutAlarm);
        foreach (var alarm in Functions.DeadLetterAlarms)
        {
            Alarms.Notify(alarm);
        }
    }
}
