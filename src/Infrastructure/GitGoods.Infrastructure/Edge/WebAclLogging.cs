using Amazon.CDK;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.WAFv2;

using Constructs;

using static Amazon.CDK.AWS.WAFv2.CfnLoggingConfiguration;

namespace GitGoods.Infrastructure.Edge;

/// <summary>
/// WAF logs of the site's web ACL in CloudWatch Logs, kept a month. WAF delivers only to a log group whose name starts
/// with <see cref="LogGroupPrefix"/>, in the web ACL's region. The <c>authorization</c> header (tokens) and cookies are
/// redacted. Only requests a rule blocked or counted are kept: they are what a false positive or an attack looks like,
/// and logging every allowed request would cost more than WAF's own request fee (sampled requests still show recent
/// allowed ones in the console for three hours).
/// </summary>
public sealed class WebAclLogging : Construct
{
    public const string LogGroupPrefix = "aws-waf-logs-";

    public static readonly string[] RedactedHeaders = ["authorization", "cookie"];

    public static readonly string[] KeptActions = ["BLOCK", "COUNT", "EXCLUDED_AS_COUNT"];

    public WebAclLogging(Construct scope, string id, CfnWebACL webAcl)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(webAcl);
        var stack = Stack.Of(this);
        // A name is required (the prefix); the stack name keeps two deployments in one account apart.
        LogGroup = new LogGroup(this, "Logs", new LogGroupProps
        {
            LogGroupName = LogGroupPrefix + stack.StackName,
            Retention = RetentionDays.ONE_MONTH,
        });
        Configuration = new CfnLoggingConfiguration(this, "Configuration", new CfnLoggingConfigurationProps
        {
            ResourceArn = webAcl.AttrArn,
            // WAF wants the log group's ARN without the ":*" that LogGroupArn ends with.
            LogDestinationConfigs =
            [
                stack.FormatArn(new ArnComponents
                {
                    Service = "logs",
                    Resource = "log-group",
                    ResourceName = LogGroup.LogGroupName,
                    ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
                }),
            ],
            RedactedFields = RedactedHeaders.Select(header => (object)new FieldToMatchProperty
            {
                SingleHeader = new Dictionary<string, object>(StringComparer.Ordinal) { ["Name"] = header },
            }).ToArray(),
            // LoggingFilter is free-form JSON in the L1 (a typed struct would be written with camelCase keys): spelled out.
            LoggingFilter = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["DefaultBehavior"] = "DROP",
                ["Filters"] = new object[]
                {
                    new Dictionary<string, object>(StringComparer.Ordinal)
                    {
                        ["Behavior"] = "KEEP",
                        ["Requirement"] = "MEETS_ANY",
                        ["Conditions"] = KeptActions
                            .Select(action => (object)new Dictionary<string, object>(StringComparer.Ordinal)
                            {
                                ["ActionCondition"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["Action"] = action },
                            })
                            .ToArray(),
                    },
                },
            },
        });
    }

    public LogGroup LogGroup { get; }

    public CfnLoggingConfiguration Configuration { get; }
}
