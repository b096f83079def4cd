using Amazon.CDK;

namespace GitGoods.Infrastructure;

/// <summary>The main stack's outputs: what an operator or the SPA's deployment needs to find.</summary>
internal static class GitGoodsOutputs
{
    public static void Add(GitGoodsStack stack)
    {
        Output(stack, "ApiUrl", stack.Api.Url, "Base URL of the Git Goods HTTP API: CloudFront's origin (direct calls lack the origin-verify header).");
        if (stack.IsStandby)
        {
            Output(stack, "StandbyApiDomain", $"{stack.Api.Api.ApiId}.execute-api.{stack.Region}.{stack.UrlSuffix}",
                "The standby API's host name: the manual failover's standbyApiDomain context value (docs/runbooks/failover.md).");
        }

        if (stack.Web is { } web)
        {
            Output(stack, "WebUrl", web.Url, "The shop: the SPA, with the API under /api.");
            Output(stack, "DistributionDomainName", web.Distribution.DistributionDomainName,
                "The distribution's own name: the target of the site domain's DNS record (CNAME or Route 53 alias).");
        }

        if (!stack.IsStandby)
        {
            AddMainOnly(stack);
        }

        Output(stack, "AlarmTopicArn", stack.Alarms.Topic.TopicArn, "SNS topic of the operations alarms: subscribe the team to it.");
        Output(stack, "OrderStateMachineArn", stack.OrderWorkflow.StateMachine.StateMachineArn, "Express state machine of the order workflow.");
        Output(stack, "OrderQueueUrl", stack.OrderQueues.Queue.QueueUrl, "Queue of placed orders (the pipe feeds the workflow from it).");
        Output(stack, "OrderDeadLetterQueueUrl", stack.OrderQueues.DeadLetterQueue.QueueUrl,
            "Orders that failed every try (admin API: /api/admin/dead-letters).");
        if (stack.CatalogCache is { } cache)
        {
            Output(stack, "CatalogCacheEndpoint", cache.DiscoveryEndpoint, "Discovery endpoint of the catalogue cache (DAX, TLS).");
        }
    }

    /// <summary>What only the main stack owns: the user pool, the analytics store and the business team's access.</summary>
    private static void AddMainOnly(GitGoodsStack stack)
    {
        Output(stack, "UserPoolId", stack.Users.UserPool.UserPoolId, "Cognito user pool of the shop's users.");
        Output(stack, "UserPoolClientId", stack.Users.SpaClient.UserPoolClientId, "App client of the SPA (no secret).");
        if (stack.BusinessAnalytics is { } business)
        {
            Output(stack, "IdentityPoolId", business.IdentityPool.Ref, "Identity pool that gives the business group its analytics credentials.");
        }

        Output(stack, "AnalyticsWorkGroup", stack.AnalyticsStore.WorkGroupName, "Athena workgroup for business analytics.");
        Output(stack, "AnalyticsDatabase", stack.AnalyticsStore.DatabaseName, "Glue catalog database of the analytics data.");
        Output(stack, "AnalyticsBucket", stack.AnalyticsStore.Bucket.BucketName, "S3 bucket of the analytics data.");
    }

    private static void Output(GitGoodsStack stack, string name, string value, string description) =>
        _ = new CfnOutput(stack, name, new CfnOutputProps { Value = value, Description = description });
}
