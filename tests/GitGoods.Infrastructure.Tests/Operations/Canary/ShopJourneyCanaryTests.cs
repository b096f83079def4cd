using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Operations.Canary;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>The canary: what it runs, how often, with which settings, and the alarm that turns failed runs into a page.</summary>
public sealed class ShopJourneyCanaryTests(SynthesizedCanary app) : IClassFixture<SynthesizedCanary>
{
    private const string CanaryType = "AWS::Synthetics::Canary";

    [Fact]
    public void Canary_RunsTheJourneyHandlerEveryFiveMinutes_OnPuppeteer13_FromTheAsset()
    {
        app.Template.HasResourceProperties(CanaryType, Props(
            ("Name", "gg-journey-primary"),
            ("RuntimeVersion", "syn-nodejs-puppeteer-13.0"),
            ("Schedule", Props(("Expression", "rate(5 minutes)"), ("DurationInSeconds", "0"))),
            ("StartCanaryAfterCreation", true),
            ("Code", Props(
                ("Handler", "shop-journey-canary.handler"),
                ("S3Bucket", Match.StringLikeRegexp("^cdk-.*-assets-111111111111-ap-southeast-1$")),
                ("S3Key", Match.StringLikeRegexp("^[0-9a-f]{64}\\.zip$")))),
            ("ExecutionRoleArn", GetAtt(app.OnlyResource("AWS::IAM::Role").LogicalId, "Arn"))));
        app.Template.ResourceCountIs(CanaryType, 1);
    }

    [Fact]
    public void Canary_StopsARunAfterTwoMinutes_AndKeepsRunsAWeekOrTwo_AndCleansUpItsFunction()
    {
        app.Template.HasResourceProperties(CanaryType, Props(
            ("RunConfig", Match.ObjectLike(Props(("TimeoutInSeconds", 120)))),
            ("SuccessRetentionPeriod", 7),
            ("FailureRetentionPeriod", ShopJourneyCanary.ArtifactDays),
            ("ProvisionedResourceCleanup", "AUTOMATIC")));
    }

    [Fact]
    public void Canary_HandsTheHandlerItsSettings_AndNoSecretValue()
    {
        var variables = app.OnlyResource(CanaryType).Resource.GetProperty("Properties").GetProperty("RunConfig").GetProperty("EnvironmentVariables");

        variables.EnumerateObject().Select(v => v.Name).Should().BeEquivalentTo(
            [CanaryVariables.BaseUrl, CanaryVariables.OriginVerifyParameter, CanaryVariables.UserPoolId, CanaryVariables.ClientId, CanaryVariables.ShopperSecret],
            "no shipping phone or declined-payment switch unless the options set them");
        variables.GetProperty(CanaryVariables.BaseUrl).GetString().Should().Be(SynthesizedCanary.BaseUrl);
        variables.GetProperty(CanaryVariables.OriginVerifyParameter).GetString().Should().Be(SynthesizedCanary.OriginVerifyParameter,
            "the parameter's name: the handler reads the value at run time, so it is never in the template");
        variables.GetProperty(CanaryVariables.UserPoolId).Compact().Should().Be($$"""{"Ref":"{{app.OnlyResource("AWS::Cognito::UserPool").LogicalId}}"}""");
        variables.GetProperty(CanaryVariables.ClientId).Compact().Should().Be($$"""{"Ref":"{{app.OnlyResource("AWS::Cognito::UserPoolClient").LogicalId}}"}""");
        variables.GetProperty(CanaryVariables.ShopperSecret).Compact().Should().Be($$"""{"Ref":"{{app.OnlyResource("AWS::SecretsManager::Secret").LogicalId}}"}""");
    }

    [Fact]
    public void Canary_WritesItsArtifactsUnderItsNameInTheBucket_EncryptedWithS3Keys()
    {
        var bucket = app.OnlyResource("AWS::S3::Bucket").LogicalId;

        app.Template.HasResourceProperties(CanaryType, Props(
            ("ArtifactS3Location", Props(("Fn::Join", new object[] { "", new object[] { "s3://", Ref(bucket), "/gg-journey-primary" } }))),
            ("ArtifactConfig", Props(("S3Encryption", Props(("EncryptionMode", "SSE_S3")))))));
    }

    [Fact]
    public void FailedAlarm_FiresOnTwoFailedOrMissingRunsInARow_WithinTenMinutes()
    {
        var (alarm, resource) = app.OnlyResource("AWS::CloudWatch::Alarm");
        var properties = resource.GetProperty("Properties");

        app.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "CloudWatchSynthetics"),
            ("MetricName", "SuccessPercent"),
            ("Dimensions", new object[] { Props(("Name", "CanaryName"), ("Value", Ref(app.OnlyResource(CanaryType).LogicalId))) }),
            ("Statistic", "Average"),
            ("Period", 300),
            ("EvaluationPeriods", 2),
            ("DatapointsToAlarm", 2),
            ("Threshold", 100),
            ("ComparisonOperator", "LessThanThreshold"),
            ("TreatMissingData", "breaching")));
        (properties.GetProperty("Period").GetInt32() * properties.GetProperty("EvaluationPeriods").GetInt32())
            .Should().BeLessThanOrEqualTo(600, "detection within 10 minutes");
        app.LogicalId(app.Canary.FailedAlarm).Should().Be(alarm);
    }

    [Fact]
    public void ShopperSecret_HoldsTheUsernameAndAGeneratedPasswordThePoolAccepts()
    {
        app.Template.HasResourceProperties("AWS::SecretsManager::Secret", Props(
            ("GenerateSecretString", Props(
                ("SecretStringTemplate", """{"username":"canary-primary@example.com"}"""),
                ("GenerateStringKey", "password"),
                ("PasswordLength", 32),
                ("RequireEachIncludedType", true),
                ("ExcludeCharacters", "\"'`\\/@")))));
    }
}
