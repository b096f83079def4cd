using GitGoods.Edge;
using static Amazon.CDK.AWS.WAFv2.CfnWebACL;

namespace GitGoods.Infrastructure.Edge;

/// <summary>
/// The rules of the site's web ACL, in evaluation order: drop known-bad and anonymising addresses first (cheap), then
/// the per-IP rate limit, then the body-size limit, then AWS's managed inspections of what is left. Every rule sends
/// CloudWatch metrics and keeps sampled requests under its own name.
/// </summary>
public static class WebAclRules
{
    public const string IpReputationList = "AWSManagedRulesAmazonIpReputationList";
    public const string AnonymousIpList = "AWSManagedRulesAnonymousIpList";
    public const string CommonRuleSet = "AWSManagedRulesCommonRuleSet";
    public const string KnownBadInputs = "AWSManagedRulesKnownBadInputsRuleSet";
    public const string SqlInjection = "AWSManagedRulesSQLiRuleSet";
    public const string RateLimitPerIp = "RateLimitPerIp";
    public const string BodyTooLarge = "BodyOver64KiB";

    /// <summary>The common rule set's own body-size rule (blocks bodies over 8 KB): counted only, <see cref="BodyTooLarge"/> decides.</summary>
    public const string CommonBodySizeRule = "SizeRestrictions_BODY";

    /// <summary>Keys of the web ACL's custom response bodies.</summary>
    public const string ThrottledResponse = "throttled";
    public const string TooLargeResponse = "too-large";

    /// <summary>Every rule, with its priority (its place in this list).</summary>
    public static RuleProperty[] All() =>
    [
        Managed(IpReputationList, 0),
        Managed(AnonymousIpList, 1),
        RateLimit(2),
        BodySizeLimit(3),
        Managed(CommonRuleSet, 4, countOnly: CommonBodySizeRule),
        Managed(KnownBadInputs, 5),
        Managed(SqlInjection, 6),
    ];

    /// <summary>Metrics and sampled requests under <paramref name="metricName"/>.</summary>
    public static VisibilityConfigProperty Visibility(string metricName) => new()
    {
        CloudWatchMetricsEnabled = true,
        SampledRequestsEnabled = true,
        MetricName = metricName,
    };

    /// <summary>At most <see cref="EdgeLimits.RequestsPerWindow"/> requests per client IP in five minutes; then 429.</summary>
    private static RuleProperty RateLimit(int priority) => new()
    {
        Name = RateLimitPerIp,
        Priority = priority,
        Statement = new StatementProperty
        {
            RateBasedStatement = new RateBasedStatementProperty
            {
                Limit = EdgeLimits.RequestsPerWindow,
                EvaluationWindowSec = EdgeLimits.RateWindowSeconds,
                AggregateKeyType = "IP",
            },
        },
        Action = BlockWith(429, ThrottledResponse, retryAfterSeconds: EdgeLimits.RetryAfterSeconds),
        VisibilityConfig = Visibility(RateLimitPerIp),
    };

    /// <summary>
    /// A body over 64 KiB is refused with 413. WAF sees at most the web ACL's inspection limit (64 KB, see
    /// <see cref="SiteWebAcl"/>); a longer body is "oversize", and oversize handling MATCH makes it match.
    /// </summary>
    private static RuleProperty BodySizeLimit(int priority) => new()
    {
        Name = BodyTooLarge,
        Priority = priority,
        Statement = new StatementProperty
        {
            SizeConstraintStatement = new SizeConstraintStatementProperty
            {
                FieldToMatch = new FieldToMatchProperty { Body = new BodyProperty { OversizeHandling = "MATCH" } },
                ComparisonOperator = "GT",
                Size = EdgeLimits.MaxBodyBytes,
                TextTransformations = new object[] { new TextTransformationProperty { Priority = 0, Type = "NONE" } },
            },
        },
        Action = BlockWith(413, TooLargeResponse),
        VisibilityConfig = Visibility(BodyTooLarge),
    };

    /// <summary>An AWS managed rule group with its own actions, except <paramref name="countOnly"/> rules, which only count.</summary>
    private static RuleProperty Managed(string name, int priority, params string[] countOnly) => new()
    {
        Name = name,
        Priority = priority,
        OverrideAction = new OverrideActionProperty { None = new Dictionary<string, object>(StringComparer.Ordinal) },
        Statement = new StatementProperty
        {
            ManagedRuleGroupStatement = new ManagedRuleGroupStatementProperty
            {
                VendorName = "AWS",
                Name = name,
                RuleActionOverrides = countOnly.Length == 0
                    ? null
                    : countOnly.Select(rule => (object)new RuleActionOverrideProperty
                    {
                        Name = rule,
                        ActionToUse = new RuleActionProperty { Count = new CountActionProperty() },
                    }).ToArray(),
            },
        },
        VisibilityConfig = Visibility(name),
    };

    private static RuleActionProperty BlockWith(int status, string responseBody, int? retryAfterSeconds = null) => new()
    {
        Block = new BlockActionProperty
        {
            CustomResponse = new CustomResponseProperty
            {
                ResponseCode = status,
                CustomResponseBodyKey = responseBody,
                // As the local environment's limiter answers: the client learns when to try again.
                ResponseHeaders = retryAfterSeconds is { } seconds
                    ? new object[] { new CustomHTTPHeaderProperty { Name = "Retry-After", Value = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } }
                    : null,
            },
        },
    };
}
