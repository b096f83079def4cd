using Amazon.CDK.Assertions;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Analytics;

[Collection(SharedSynthesis.Name)]
public sealed class AnalyticsStoreConstructTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void Bucket_BlocksPublicAccessAndIsEncrypted()
    {
        stack.Template.HasResource("AWS::S3::Bucket", Props(
            ("DeletionPolicy", "Retain"),
            ("Properties", Match.ObjectLike(Props(
                ("PublicAccessBlockConfiguration", Props(
                    ("BlockPublicAcls", true), ("BlockPublicPolicy", true), ("IgnorePublicAcls", true), ("RestrictPublicBuckets", true))),
                ("BucketEncryption", Props(("ServerSideEncryptionConfiguration", new object[]
                {
                    Props(("ServerSideEncryptionByDefault", Props(("SSEAlgorithm", "AES256")))),
                }))))))));
    }

    [Fact]
    public void Bucket_RefusesRequestsWithoutTls()
    {
        stack.Template.HasResourceProperties("AWS::S3::BucketPolicy", Props(
            ("Bucket", Ref(AnalyticsBucketId())),
            ("PolicyDocument", Props(("Statement", Match.ArrayWith(
            [
                Match.ObjectLike(Props(
                    ("Effect", "Deny"),
                    ("Action", "s3:*"),
                    ("Principal", Props(("AWS", "*"))),
                    ("Condition", Props(("Bool", Props(("aws:SecureTransport", "false"))))))),
            ]))))));
    }

    [Fact]
    public void WorkGroup_EnforcesItsConfigurationWithManagedResultsAndAScanLimit()
    {
        stack.Template.HasResourceProperties("AWS::Athena::WorkGroup", Props(
            ("State", "ENABLED"),
            ("WorkGroupConfiguration", Props(
                ("EnforceWorkGroupConfiguration", true),
                ("BytesScannedCutoffPerQuery", 10L * 1024 * 1024 * 1024),
                ("ManagedQueryResultsConfiguration", Props(("Enabled", true)))))));
    }

    [Fact]
    public void Database_IsInThisAccountsCatalogAndPointsAtTheBucket()
    {
        stack.Template.HasResourceProperties("AWS::Glue::Database", Props(
            ("CatalogId", Ref("AWS::AccountId")),
            ("DatabaseInput", Props(
                ("Name", Match.StringLikeRegexp("^[a-z0-9_]+$")),
                ("LocationUri", Props(("Fn::Join", new object[] { "", new object[] { "s3://", Ref(AnalyticsBucketId()), "/lake/" } })))))));
    }

    [Fact]
    public void Stack_OutputsTheAnalyticsNames()
    {
        stack.Template.HasOutput("AnalyticsWorkGroup", Props(("Value", Match.StringLikeRegexp("-analytics$"))));
        stack.Template.HasOutput("AnalyticsDatabase", Props(("Value", Match.StringLikeRegexp("_analytics$"))));
        stack.Template.HasOutput("AnalyticsBucket", Props(("Value", Ref(AnalyticsBucketId()))));
    }

    private string AnalyticsBucketId() => stack.Resources("AWS::S3::Bucket").Keys.Single(k => k.StartsWith("Analytics", StringComparison.Ordinal));
}
