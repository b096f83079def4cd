using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SecretsManager;

namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>
/// The canary role's one policy: what the Synthetics runtime needs (AWS's "basic canary" statements, scoped to this
/// canary's artifacts prefix and log groups) and what the journey's handler reads or does, each on its one resource.
/// </summary>
internal static class CanaryPermissions
{
    public const string SyntheticsNamespace = "CloudWatchSynthetics";

    public static PolicyDocument Document(Stack stack, CanarySettings settings, ShopJourneyCanaryOptions options, IBucket artifacts, ISecret shopper)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(artifacts);
        ArgumentNullException.ThrowIfNull(shopper);
        return new PolicyDocument(new PolicyDocumentProps
        {
            Statements =
            [
                Allow("WriteRunArtifacts", ["s3:PutObject"], artifacts.ArnForObjects(settings.Name + "/*")),
                Allow("FindArtifactsBucket", ["s3:GetBucketLocation"], artifacts.BucketArn),
                // The Synthetics runtime lists buckets before it uploads; the action takes no resource narrower than "*".
                Allow("SyntheticsListsBuckets", ["s3:ListAllMyBuckets"], "*"),
                Allow("WriteCanaryLogs", ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], stack.FormatArn(new ArnComponents
                {
                    Service = "logs",
                    Resource = "log-group",
                    ResourceName = $"/aws/lambda/cwsyn-{settings.Name}-*",
                    ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
                })),
                new PolicyStatement(new PolicyStatementProps
                {
                    Sid = "PublishSyntheticsMetricsOnly",
                    Effect = Effect.ALLOW,
                    Actions = ["cloudwatch:PutMetricData"],
                    Resources = ["*"],
                    Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
                    {
                        ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["cloudwatch:namespace"] = SyntheticsNamespace },
                    },
                }),
                Allow("ReadShopperSecret", ["secretsmanager:GetSecretValue"], shopper.SecretArn),
                Allow("ReadOriginVerifyValue", ["ssm:GetParameter"], stack.FormatArn(new ArnComponents
                {
                    Service = "ssm",
                    Resource = "parameter",
                    ResourceName = options.OriginVerifyParameterName.TrimStart('/'),
                    ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
                })),
                Allow("ManageTheCanaryShopper", ["cognito-idp:AdminGetUser", "cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword"],
                    options.UserPool.UserPoolArn),
            ],
        });
    }

    private static PolicyStatement Allow(string sid, string[] actions, string resource) =>
        new(new PolicyStatementProps { Sid = sid, Effect = Effect.ALLOW, Actions = actions, Resources = [resource] });
}
