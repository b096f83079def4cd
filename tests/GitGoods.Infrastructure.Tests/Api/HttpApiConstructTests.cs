using Amazon.CDK.Assertions;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Api;

[Collection(SharedSynthesis.Name)]
public sealed class HttpApiConstructTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void Api_WithoutACustomSiteDomain_HasNoCorsConfiguration_SoBrowsersAllowSameOriginCallsOnly()
    {
        stack.Template.ResourceCountIs("AWS::ApiGatewayV2::Api", 1);
        stack.Template.HasResourceProperties("AWS::ApiGatewayV2::Api", Props(
            ("ProtocolType", "HTTP"),
            ("CorsConfiguration", Match.Absent())));
    }

    [Fact]
    public void DefaultStage_WritesAccessLogsToALogGroup()
    {
        stack.Template.HasResourceProperties("AWS::ApiGatewayV2::Stage", Props(
            ("StageName", "$default"),
            ("AutoDeploy", true),
            ("AccessLogSettings", Props(
                ("DestinationArn", Props(("Fn::GetAtt", new object[] { Match.StringLikeRegexp("^ApiAccessLogs"), "Arn" }))),
                ("Format", Match.StringLikeRegexp("\\$context\\.requestId"))))));
    }
}
