using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;

using Constructs;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Analytics;
using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Backup;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Hosting;
using GitGoods.Infrastructure.Identity;
using GitGoods.Infrastructure.Operations;
using GitGoods.Infrastructure.Operations.Canary;
using GitGoods.Infrastructure.Orders;
using GitGoods.Infrastructure.Payments;
using GitGoods.Infrastructure.Security;
using GitGoods.Infrastructure.Standby;
using GitGoods.Infrastructure.WaitingRoom;

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

    /// <param name="options">Main or standby, and what each needs; default a main stack without standby or web ACL.</param>
    public GitGoodsStack(Construct scope, string id, IStackProps? props = null, GitGoodsStackOptions? options = null)
        : base(scope, id, props)
    {
        options ??= new GitGoodsStackOptions();
        Primary = options.Primary;
        ShiftStandbyAtOnce();

        // Fail before building anything if the function binary is missing or the context is wrong.
        var bootstrap = BootstrapAsset.FromContext(Node);
        var webAssets = Primary is null ? WebAsset.FromContext(Node) : null;
        var domain = SiteDomain.FromContext(Node);
        var originVerification = OriginVerification.FromContext(Node);
        var cache = CatalogCacheSettings.FromContext(Node);
        var slack = SlackChannelSettings.FromContext(Node);

        if (Primary is null)
        {
            Table = new ShopTableConstruct(this, "Data", options.StandbyRegion);
            ShopTable = Table.Table;
            Idempotency = new IdempotencyTableConstruct(this, "Idempotency", options.StandbyRegion);
            PersonalDataKey = new PersonalDataKey(this, "PersonalData");
            Users = new UserPoolConstruct(this, "Identity");
            AnalyticsStore = new AnalyticsStoreConstruct(this, "Analytics");
            BusinessAnalytics = new BusinessAnalyticsAccess(this, "BusinessAnalytics", Users, AnalyticsStore);
            CatalogCache = cache.Enabled ? NewCatalogCache(cache) : null;
            // Global tables are backed up once, in the main region; the plan's recovery points restore into either region.
            Backups = new TableBackups(this, "Backups", [Table.Table, Idempotency.Table]);
        }
        else
        {
            // The standby runs on the main stack's replicas and trusts its user pool (docs/runbooks/failover.md).
            ShopTable = ReplicaTableWithStream.Of(this, "ShopTableReplica", Primary.Table!.ReplicaIn(Region));
            Idempotency = Primary.Idempotency.ReplicaIn(this, "Idempotency");
            PersonalDataKey = Primary.PersonalDataKey.ReplicaIn(this, "PersonalData");
            Users = Primary.Users;
            AnalyticsStore = Primary.AnalyticsStore;
        }

        OrderQueues = new OrderQueuesConstruct(this, "OrderQueues");
        Alarms = new OperationsAlarmTopic(this, "Alarms");
        Api = new HttpApiConstruct(this, "Api", new HttpApiOptions { AccessLogging = true, Cors = ApiCors.ForSite(domain, FunctionManifest.All) });
        (Functions, WaitingRoom) = CreateFunctions(FunctionOptions(bootstrap, originVerification, ProductImages = new ProductImageBucket(this, "ProductImages")));
        OrderWorkflow = new OrderWorkflowConstruct(this, "OrderWorkflow", new OrderWorkflowOptions
        {
            StepFunctions = Functions.StepFunctions.ToDictionary(f => f.Key, f => (Amazon.CDK.AWS.Lambda.IFunction)f.Value.Live, StringComparer.Ordinal),
            SenderEmail = Node.TryGetContext(OrderWorkflowConstruct.SenderEmailContextKey) as string ?? OrderWorkflowConstruct.DefaultSenderEmail,
        });
        Api.ThrottleRoutes(Functions.Routes, ApiThrottling.Routes);
        OrderPipe = new OrderPipeConstruct(this, "OrderPipe", OrderQueues.Queue, OrderWorkflow.StateMachine);
        Payments = new PaymentProcessorConstruct(this, "Payments", PaymentProcessorOptions.FromContext(Node), FunctionManifest.All,
            AllFunctions.ToDictionary(f => f.Key, f => f.Value.Function, StringComparer.Ordinal));
        Web = webAssets is null ? null : CreateWebSite(webAssets, originVerification, domain, options.WebAclArn);
        RunSingleRegionWorkOnlyIfActive();
        NotifyAlarms();
        Monitoring = CreateMonitoring(slack);
        Canary = CreateCanary(originVerification);
        var failover = FailoverDomain.FromContext(Node);
        // Its own nested stack: the main stack is close to CloudFormation's 500 resources (StackSizeTests).
        ApiFailover = failover is null ? null
            : new RegionalApiDomain(new NestedStack(this, "Failover"), "ApiFailover", failover, Api.Api, IsStandby ? null : Canary.FailedAlarm);
        GitGoodsOutputs.Add(this);
    }

    /// <summary>
    /// The region's synthetic journey (browse, cart, an order with a test card) every 5 minutes against this region's own
    /// API, in the monitoring stack: availability measured from outside. It pages, it drives the main region's DNS failover,
    /// and, with the API's latency and 5xx alarms, it rolls back the HTTP functions' canary deployments.
    /// </summary>
    private ShopJourneyCanary CreateCanary(OriginVerification originVerification)
    {
        var canary = new ShopJourneyCanary(Monitoring, "ShopJourney", new ShopJourneyCanaryOptions
        {
            BaseUrl = Api.Url.TrimEnd('/'),
            OriginVerifyParameterName = originVerification.CurrentParameter,
            OriginVerifyParameterVersion = CdkContext.PositiveNumber(Node, OriginVerification.CurrentVersionContextKey),
            UserPool = Users.UserPool,
            UserPoolClient = Users.SpaClient,
            RegionLabel = CanaryRegionLabel.For(Region, StackName),
            // A live payment key declines the test card: the journey then ends REJECTED, which proves the path too.
            AcceptDeclinedPayment = Payments.Site is not null,
        });
        Monitoring.AddPagingAlarm(canary.FailedAlarm);
        Alarms.Notify(canary.FailedAlarm);
        foreach (var set in FunctionSets)
        {
            set.AddHttpRollbackAlarm(Monitoring.Api.LatencyAlarm);
            set.AddHttpRollbackAlarm(Monitoring.Api.ServerErrorRateAlarm);
        }

        return canary;
    }

    /// <summary>
    /// The manifest's functions: the waiting room's in its nested stack (the main stack is near 500 resources), every other
    /// one here; the signing key is here, as the order route reads it too, to verify admissions.
    /// </summary>
    private (ManifestFunctions Functions, WaitingRoomStack WaitingRoom) CreateFunctions(ManifestFunctionsOptions options)
    {
        var functions = new ManifestFunctions(this, "Functions", options with { Functions = [.. options.Functions.Where(f => !WaitingRoomStack.IsHere(f))] });
        // A nested stack needs its own Code instance of the same bootstrap directory (CDK binds an asset to one stack).
        var waitingRoom = new WaitingRoomStack(this, "WaitingRoom", options with { Code = BootstrapAsset.FromContext(Node).Code },
            WaitingRoomStack.NewSigningKey(this, "WaitingRoomSigningKey"));
        waitingRoom.GrantKey(functions.Functions[GitGoods.Orders.PlaceOrder.PlaceOrderHandler.FunctionName].Function);
        return (functions, waitingRoom);
    }

    private ManifestFunctionsOptions FunctionOptions(BootstrapAsset bootstrap, OriginVerification originVerification, ProductImageBucket productImages) =>
        new()
        {
            Functions = FunctionManifest.All,
            Code = bootstrap.Code,
            Table = ShopTable,
            Api = Api.Api,
            // A standby binds its own authorizer to its own API, for the same pool and client.
            SignedInAuthorizer = Primary is null ? Users.ApiAuthorizer : UserPoolConstruct.AuthorizerFor(Users.UserPool, Users.SpaClient),
            // The issuer API Gateway's authorizer checks too: https://cognito-idp.<region>.amazonaws.com/<poolId>.
            TokenIssuer = new TokenIssuerSettings("https://" + Users.UserPool.UserPoolProviderUrl, Users.SpaClient.UserPoolClientId),
            IdempotencyTable = Idempotency,
            PersonalDataKey = PersonalDataKey,
            OrderQueues = OrderQueues,
            OriginVerification = originVerification,
            CatalogCache = CatalogCache,
            AnalyticsStore = AnalyticsStore,
            ProductImages = productImages,
            ShopTimeZone = Node.TryGetContext(ShopTimeZoneContextKey) as string ?? Composition.FunctionSettings.DefaultShopTimeZone,
            Platforms = Platforms,
        };

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
            ImageUploadOrigin = ProductImages.UploadOrigin,
            ApiOriginDomain = FailoverDomain.FromContext(Node)?.ApiDomainName ?? FailoverDomain.ManualStandbyApiDomain(Node),
            Platforms = Platforms,
        });

        // Seller images at /images/products/*, uploaded from the site's own origin (decision 0034).
        ProductImages.ServeThrough(web.Distribution, web.Url, web.SecurityHeaders.Policy);

        // A rotated secret reaches the functions before CloudFront starts sending it (both old values stay accepted meanwhile):
        // the alias, because its update completes only when the canary has moved all traffic to the new version.
        foreach (var function in FunctionSets.SelectMany(set => set.HttpFunctions.Values))
        {
            web.Distribution.Node.AddDependency(function.Live);
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
        // This stack's functions only: the waiting room's deployment groups roll back on this stack's API alarms, so the waiting
        // room's throttles alarms live in its own nested stack (a reference back would be a cycle between the two nested stacks).
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


    /// <summary>The SLO alarms, paging alarm, Slack channel and dashboard (a nested stack).</summary>
    /// <summary>The managed platforms (context <c>platforms</c>): the product functions' <c>SHOP_PLATFORMS</c> and the SPA's config.</summary>
    public Domain.Catalog.Platforms.ManagedPlatforms Platforms => _platforms ??= PlatformsContext.FromContext(Node);

    private Domain.Catalog.Platforms.ManagedPlatforms? _platforms;

    public MonitoringStack Monitoring { get; }

    /// <summary>The region's synthetic shop journey (in <see cref="Monitoring"/>).</summary>
    public ShopJourneyCanary Canary { get; }

    /// <summary>This region's half of the API's DNS failover; null without a failover zone.</summary>
    public RegionalApiDomain? ApiFailover { get; }

    /// <summary>The main stack this one stands by for; null for the main stack.</summary>
    public GitGoodsStack? Primary { get; }

    /// <summary>True for the warm standby's stack.</summary>
    public bool IsStandby => Primary is not null;

    /// <summary>The shop table this stack owns (a global table); null in a standby stack.</summary>
    public ShopTableConstruct? Table { get; }

    /// <summary>The shop table as this stack's functions use it: the global table, or its replica in the standby region.</summary>
    public ITableV2 ShopTable { get; }

    public IdempotencyTableConstruct Idempotency { get; }

    public PersonalDataKey PersonalDataKey { get; }

    public OrderQueuesConstruct OrderQueues { get; }

    public OperationsAlarmTopic Alarms { get; }

    /// <summary>AWS Backup of the shop and idempotency tables every 12 hours (docs/runbooks/restore.md).</summary>
    public TableBackups? Backups { get; }

    public OrderWorkflowConstruct OrderWorkflow { get; }

    public OrderPipeConstruct OrderPipe { get; }

    public UserPoolConstruct Users { get; }

    public AnalyticsStoreConstruct AnalyticsStore { get; }

    /// <summary>Seller images: pre-signed uploads and the CDN's <c>/images/products/*</c> (decision 0034); one per region.</summary>
    public ProductImageBucket ProductImages { get; }

    /// <summary>The business team's analytics access; null in a standby stack (the analytics store lives in the main region).</summary>
    public BusinessAnalyticsAccess? BusinessAnalytics { get; }

    public HttpApiConstruct Api { get; }

    /// <summary>The manifest's functions built in this stack (the waiting room's are in <see cref="WaitingRoom"/>).</summary>
    public ManifestFunctions Functions { get; }

    /// <summary>Every set of manifest functions: this stack's and the waiting room's nested stack's; the same rules apply to each.</summary>
    public IReadOnlyList<ManifestFunctions> FunctionSets => [Functions, WaitingRoom.Functions];

    /// <summary>Every manifest function by name, wherever it is built (<see cref="FunctionSets"/>).</summary>
    public IReadOnlyDictionary<string, ShopFunction> AllFunctions =>
        FunctionSets.SelectMany(set => set.Functions).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>The sales-day waiting room's functions, routes and signing key (a nested stack; docs/waiting-room.md).</summary>
    public WaitingRoomStack WaitingRoom { get; }

    /// <summary>The web site (one CloudFront distribution for both regions); null in a standby stack.</summary>
    public WebSiteConstruct? Web { get; }

    /// <summary>The payment processor's settings and grants on the functions that call it (docs/payments.md).</summary>
    public PaymentProcessorConstruct Payments { get; }

    /// <summary>The catalogue cache (DAX); null unless the <c>dax</c> context switch is on.</summary>
    public CatalogCacheConstruct? CatalogCache { get; }

    /// <summary>
    /// The cache's network and cluster (about 25 resources) live in a nested stack of their own, so the main stack stays
    /// well under CloudFormation's 500 resources with every option on.
    /// </summary>
    private CatalogCacheConstruct NewCatalogCache(CatalogCacheSettings cache) =>
        new(new NestedStack(this, "CatalogCacheStack", new NestedStackProps
        {
            Description = "Git Goods catalogue cache: the DAX cluster and its isolated network.",
        }), "CatalogCache", ShopTable, cache.NodeType);

    /// <summary>The standby's canary would watch almost no traffic for five minutes: its functions shift at once.</summary>
    private void ShiftStandbyAtOnce()
    {
        if (IsStandby)
        {
            Node.SetContext(FunctionDeployments.TrafficShiftContextKey, FunctionDeployments.AllAtOnceShift);
        }
    }

    /// <summary>Schedules, rules and stream mappings run in one region at a time (docs/runbooks/failover.md).</summary>
    private void RunSingleRegionWorkOnlyIfActive()
    {
        foreach (var set in FunctionSets)
        {
            SingleRegionWork.RunOnlyIfActive(set, isActive: IsStandby == StandbySettings.IsStandbyActive(Node));
        }
    }

    private void NotifyAlarms()
    {
        foreach (var function in AllFunctions.Values)
        {
            Alarms.Notify(function.ErrorsAlarm);
        }

        foreach (var alarm in WaitingRoom.Throttles.Alarms.Values)
        {
            Alarms.Notify(alarm);
        }

        Alarms.Notify(OrderQueues.DeadLettersAlarm);
        Alarms.Notify(OrderQueues.StuckOrdersAlarm);
        Alarms.Notify(OrderWorkflow.FailedAlarm);
        Alarms.Notify(OrderWorkflow.TimedOutAlarm);
        if (Backups is { } backups)
        {
            Alarms.Notify(backups.FailedJobsAlarm);
        }
        foreach (var alarm in Functions.DeadLetterAlarms)
        {
            Alarms.Notify(alarm);
        }
    }
}
