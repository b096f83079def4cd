using System.Text.Json;

using Amazon.CDK.Assertions;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>The canary's role grants exactly what its runtime and its journey use; its artifacts are private, encrypted and short-lived.</summary>
public sealed class CanarySecurityTests(SynthesizedCanary app) : IClassFixture<SynthesizedCanary>
{
    [Fact]
    public void Role_IsForLambdaOnly_WithOneInlinePolicyAndNoManagedOnes()
    {
        var role = app.OnlyResource("AWS::IAM::Role").Resource.GetProperty("Properties");

        role.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").Compact().Should().Be(
            """[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]""");
        role.TryGetProperty("ManagedPolicyArns", out _).Should().BeFalse();
        role.GetProperty("Policies").GetArrayLength().Should().Be(1);
        app.Template.ResourceCountIs("AWS::IAM::Policy", 0);
    }

    [Fact]
    public void Role_GrantsExactlyTheseActionsOnTheseResources()
    {
        var bucket = app.OnlyResource("AWS::S3::Bucket").LogicalId;
        var secret = app.OnlyResource("AWS::SecretsManager::Secret").LogicalId;
        var pool = app.OnlyResource("AWS::Cognito::UserPool").LogicalId;

        Statements().Should().BeEquivalentTo(new Dictionary<string, (string[] Actions, string Resource)>(StringComparer.Ordinal)
        {
            ["WriteRunArtifacts"] = (["s3:PutObject"], $$"""{"Fn::Join":["",[{"Fn::GetAtt":["{{bucket}}","Arn"]},"/gg-journey-primary/*"]]}"""),
            ["FindArtifactsBucket"] = (["s3:GetBucketLocation"], $$"""{"Fn::GetAtt":["{{bucket}}","Arn"]}"""),
            ["SyntheticsListsBuckets"] = (["s3:ListAllMyBuckets"], "\"*\""),
            ["WriteCanaryLogs"] = (["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                "\"arn:aws:logs:ap-southeast-1:111111111111:log-group:/aws/lambda/cwsyn-gg-journey-primary-*\""),
            ["PublishSyntheticsMetricsOnly"] = (["cloudwatch:PutMetricData"], "\"*\""),
            ["ReadShopperSecret"] = (["secretsmanager:GetSecretValue"], $$"""{"Ref":"{{secret}}"}"""),
            ["ReadOriginVerifyValue"] = (["ssm:GetParameter"],
                "\"arn:aws:ssm:ap-southeast-1:111111111111:parameter/gitgoods/origin-verify/current\""),
            ["ManageTheCanaryShopper"] = (["cognito-idp:AdminGetUser", "cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword"],
                $$"""{"Fn::GetAtt":["{{pool}}","Arn"]}"""),
        });
    }

    [Fact]
    public void Role_PublishesMetricsOnlyInTheSyntheticsNamespace_AndAllowsNothingElseConditionally()
    {
        var conditions = PolicyStatements().Where(s => s.TryGetProperty("Condition", out _)).ToList();

        conditions.Should().ContainSingle().Which.GetProperty("Sid").GetString().Should().Be("PublishSyntheticsMetricsOnly");
        conditions[0].GetProperty("Condition").Compact().Should().Be("""{"StringEquals":{"cloudwatch:namespace":"CloudWatchSynthetics"}}""");
        PolicyStatements().Should().OnlyContain(s => IamJson.IsAllow(s));
    }

    [Fact]
    public void ArtifactsBucket_IsEncryptedPrivateAndExpiresRunsAfterTwoWeeks_AndIsRetainedWithoutAutoDelete()
    {
        app.Template.HasResource("AWS::S3::Bucket", Props(
            ("DeletionPolicy", "Retain"),
            ("UpdateReplacePolicy", "Retain"),
            ("Properties", Props(
                ("BucketEncryption", Props(("ServerSideEncryptionConfiguration", new object[]
                {
                    Props(("ServerSideEncryptionByDefault", Props(("SSEAlgorithm", "AES256")))),
                }))),
                ("PublicAccessBlockConfiguration", Props(
                    ("BlockPublicAcls", true), ("BlockPublicPolicy", true), ("IgnorePublicAcls", true), ("RestrictPublicBuckets", true))),
                ("OwnershipControls", Props(("Rules", new object[] { Props(("ObjectOwnership", "BucketOwnerEnforced")) }))),
                ("LifecycleConfiguration", Props(("Rules", new object[]
                {
                    Props(("Id", "ExpireRunArtifacts"), ("Status", "Enabled"), ("ExpirationInDays", 14),
                        ("AbortIncompleteMultipartUpload", Props(("DaysAfterInitiation", 1)))),
                })))))));
        app.Template.ResourceCountIs("Custom::S3AutoDeleteObjects", 0);
    }

    [Fact]
    public void ArtifactsBucket_RefusesRequestsWithoutTls()
    {
        var bucket = app.OnlyResource("AWS::S3::Bucket").LogicalId;

        app.Template.HasResourceProperties("AWS::S3::BucketPolicy", Props(
            ("Bucket", Ref(bucket)),
            ("PolicyDocument", Match.ObjectLike(Props(("Statement", Match.ArrayWith(
            [
                Match.ObjectLike(Props(
                    ("Effect", "Deny"),
                    ("Action", "s3:*"),
                    ("Principal", Props(("AWS", "*"))),
                    ("Condition", Props(("Bool", Props(("aws:SecureTransport", "false"))))))),
            ])))))));
    }

    private Dictionary<string, (string[] Actions, string Resource)> Statements() =>
        PolicyStatements().ToDictionary(
            s => s.GetProperty("Sid").GetString()!,
            s => (IamJson.Actions(s).ToArray(), SingleResource(s)),
            StringComparer.Ordinal);

    private static string SingleResource(JsonElement statement)
    {
        var resource = statement.GetProperty("Resource");
        return (resource.ValueKind == JsonValueKind.Array ? resource.EnumerateArray().Should().ContainSingle().Subject : resource).Compact();
    }

    private List<JsonElement> PolicyStatements() =>
        [.. app.OnlyResource("AWS::IAM::Role").Resource.GetProperty("Properties").GetProperty("Policies")[0]
            .GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()];
}
