using System.Text.Json;

using Amazon.CDK.Assertions;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Edge;

/// <summary>WAF logs: where they go, how long they stay, and what never reaches them.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class WebAclLoggingTests(SynthesizedGitGoods app)
{
    [Fact]
    public void LogGroup_HasTheNameWafRequires_AndIsKeptAMonth()
    {
        app.EdgeTemplate.HasResourceProperties("AWS::Logs::LogGroup", Props(
            ("LogGroupName", Match.StringLikeRegexp("^aws-waf-logs-")),
            ("RetentionInDays", 30)));
    }

    [Fact]
    public void WebAcl_LogsToThatGroup_ByItsArnWithoutTheTrailingWildcard()
    {
        var webAcl = app.LogicalId(app.EdgeStack.Site.WebAcl);
        var logGroup = app.LogicalId(app.EdgeStack.Logging.LogGroup);
        var configuration = Configuration();

        configuration.GetProperty("ResourceArn").Compact().Should().Be($$"""{"Fn::GetAtt":["{{webAcl}}","Arn"]}""");
        var destination = configuration.GetProperty("LogDestinationConfigs").EnumerateArray().Should().ContainSingle().Subject.Compact();
        destination.Should().Contain(":log-group:").And.Contain($"\"Ref\":\"{logGroup}\"").And.NotContain(":*");
    }

    [Fact]
    public void Logs_NeverHoldTokensOrCookies()
    {
        Configuration().GetProperty("RedactedFields").Compact().Should().Be(
            """[{"SingleHeader":{"Name":"authorization"}},{"SingleHeader":{"Name":"cookie"}}]""");
    }

    [Fact]
    public void Logs_KeepBlockedAndCountedRequests_AndDropTheRest()
    {
        var filter = Configuration().GetProperty("LoggingFilter");

        filter.GetProperty("DefaultBehavior").GetString().Should().Be("DROP");
        var kept = filter.GetProperty("Filters").EnumerateArray().Should().ContainSingle().Subject;
        kept.GetProperty("Behavior").GetString().Should().Be("KEEP");
        kept.GetProperty("Requirement").GetString().Should().Be("MEETS_ANY");
        kept.GetProperty("Conditions").EnumerateArray().Select(c => c.GetProperty("ActionCondition").GetProperty("Action").GetString())
            .Should().BeEquivalentTo(["BLOCK", "COUNT", "EXCLUDED_AS_COUNT"]);
    }

    private JsonElement Configuration() =>
        app.EdgeJson.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::WAFv2::LoggingConfiguration").Value.GetProperty("Properties");
}
