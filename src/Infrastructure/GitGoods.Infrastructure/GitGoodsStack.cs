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
/// and the web site (the SPA on S3 behind CloudFront, which also fronts the API).
/// Each concern is its own construct; this stack only composes them.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK Stack subclass: the suffix is the CDK convention.")]
public sealed class GitGoodsStack : Stack
{
    public GitGoodsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        // Fail before building anything if the function binary is missing.
        var bootstrap = BootstrapAsset.FromContext(Node);
        var webAssets = WebAsset.FromContext(Node);

        Table = new ShopTableConstruct(this, "Data");
        Idempotency = new IdempotencyTableConstruct(this, "Idempotency");
        PersonalDataKey = new PersonalDataKey(this, "PersonalData");
        OrderQueues = new OrderQueuesConstruct(this, "OrderQueues");
        Alarms = new OperationsAlarmTopic(this, "Alarms");
        Users = new UserPoolConstruct(this, "Identity");
        AnalyticsStore = new AnalyticsStoreConstruct(this, "Analytics");
        BusinessAnalytics = new BusinessAnalyticsAccess(this, "BusinessAnalytics", Users, AnalyticsStore);
        Api = new HttpApiConstruct(this, "Api", new HttpApiOptions { AccessLogging = true });
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
        });
        OrderWorkflow = new OrderWorkflowConstruct(this, "OrderWorkflow", new OrderWorkflowOptions
        {
            StepFunctions = Functions.StepFunctions.ToDictionary(f => f.Key, f => (Amazon.CDK.AWS.Lambda.IFunction)f.Value.Function, StringComparer.Ordinal),
            SenderEmail = Node.TryGetContext(OrderWorkflowConstruct.SenderEmailContextKey) as string ?? OrderWorkflowConstruct.DefaultSenderEmail,
        });
        OrderPipe = new OrderPipeConstruct(this, "OrderPipe", OrderQueues.Queue, OrderWorkflow.StateMachine);
        Payments = new PaymentProcessorConstruct(this, "Payments", PaymentProcessorOptions.FromContext(Node), FunctionManifest.All,
            Functions.Functions.ToDictionary(f => f.Key, f => f.Value.Function, StringComparer.Ordinal));
        Web = new WebSiteConstruct(this, "Web", new WebSiteOptions
        {
            Assets = webAssets,
            Api = Api.Api,
            UserPoolId = Users.UserPool.UserPoolId,
            UserPoolClientId = Users.SpaClient.UserPoolClientId,
            WebAclArn = Node.TryGetContext(WebAclContextKey) as string is { Length: > 0 } acl ? acl : null,
            Payment = Payments.Site,
        });

        foreach (var function in Functions.Functions.Values)
        {
            Alarms.Notify(function.ErrorsAlarm);
        }

        Alarms.Notify(OrderQueues.DeadLettersAlarm);
        Alarms.Notify(OrderQueues.StuckOrdersAlarm);
        Alarms.Notify(OrderWorkflow.FailedAlarm);
        Alarms.Notify(OrderWorkflow.TimedOutAlarm);

        AddOutputs();
    }

    /// <summary>CDK context: the ARN of a CloudFront-scope WAF web ACL (made in us-east-1) for the site; none by default.</summary>
    public const string WebAclContextKey = "webAclArn";

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

    private void AddOutputs()
    {
        _ = new CfnOutput(this, "ApiUrl", new CfnOutputProps
        {
            Value = Api.Url,
            Description = "Base URL of the Git Goods HTTP API.",
        });
        Output("WebUrl", Web.Url, "The shop: the SPA, with the API under /api.");
        Output("UserPoolId", Users.UserPool.UserPoolId, "Cognito user pool of the shop's users.");
        Output("UserPoolClientId", Users.SpaClient.UserPoolClientId, "App client of the SPA (no secret).");
        Output("IdentityPoolId", BusinessAnalytics.IdentityPool.Ref, "Identity pool that gives the business group its analytics credentials.");
        Output("AnalyticsWorkGroup", AnalyticsStore.WorkGroupName, "Athena workgroup for business analytics.");
        Output("AnalyticsDatabase", AnalyticsStore.DatabaseName, "Glue catalog database of the analytics data.");
        Output("AnalyticsBucket", AnalyticsStore.Bucket.BucketName, "S3 bucket of the analytics data.");
        Output("AlarmTopicArn", Alarms.Topic.TopicArn, "SNS topic of the operations alarms: subscribe the team to it.");
        Output("OrderStateMachineArn", OrderWorkflow.StateMachine.StateMachineArn, "Express state machine of the order workflow.");
        Output("OrderQueueUrl", OrderQueues.Queue.QueueUrl, "Queue of placed orders (the pipe feeds the workflow from it).");
        Output("OrderDeadLetterQueueUrl", OrderQueues.DeadLetterQueue.QueueUrl, "Orders that failed every try (admin API: /api/admin/dead-letters).");
    }

    private void Output(string name, string value, string description) =>
        _ = new CfnOutput(this, name, new CfnOutputProps { Value = value, Description = description });
}
