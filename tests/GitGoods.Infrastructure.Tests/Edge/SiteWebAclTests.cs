using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Edge;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Edge;

/// <summary>The site's web ACL in the edge stack: scope, inspection limit, rules, and what a refusal answers.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class SiteWebAclTests(SynthesizedGitGoods app)
{
    private const string WebAcl = "AWS::WAFv2::WebACL";

    private static readonly string[] ManagedGroupNames =
    [
        WebAclRules.IpReputationList, WebAclRules.AnonymousIpList, WebAclRules.CommonRuleSet,
        WebAclRules.KnownBadInputs, WebAclRules.SqlInjection,
    ];

    public static TheoryData<string> ManagedGroups => [.. ManagedGroupNames];

    [Fact]
    public void WebAcl_IsCloudFrontScoped_AllowsWhatNoRuleBlocks_AndInspectsBodiesUpTo64KB()
    {
        app.EdgeTemplate.ResourceCountIs(WebAcl, 1);
        app.EdgeTemplate.HasResourceProperties(WebAcl, Props(
            ("Scope", "CLOUDFRONT"),
            ("DefaultAction", Props(("Allow", Props()))),
            ("AssociationConfig", Props(("RequestBody", Props(("CLOUDFRONT", Props(("DefaultSizeInspectionLimit", "KB_64"))))))),
            ("VisibilityConfig", Props(("CloudWatchMetricsEnabled", true), ("SampledRequestsEnabled", true), ("MetricName", Match.AnyValue())))));
        app.Template.ResourceCountIs(WebAcl, 0);
    }

    [Theory]
    [MemberData(nameof(ManagedGroups))]
    public void ManagedRuleGroup_RunsWithItsOwnActions(string group)
    {
        var rule = Rule(group);
        var statement = rule.GetProperty("Statement").GetProperty("ManagedRuleGroupStatement");

        statement.GetProperty("VendorName").GetString().Should().Be("AWS");
        statement.GetProperty("Name").GetString().Should().Be(group);
        rule.GetProperty("OverrideAction").Compact().Should().Be("""{"None":{}}""", "Count here would turn the whole group off");
        rule.TryGetProperty("Action", out _).Should().BeFalse();
    }

    [Fact]
    public void CommonRuleSet_OnlyCountsItsOwn8KBBodyLimit_AndNoOtherOverrideExists()
    {
        var overrides = Rules()
            .Select(r => r.GetProperty("Statement"))
            .Where(s => s.TryGetProperty("ManagedRuleGroupStatement", out var m) && m.TryGetProperty("RuleActionOverrides", out _))
            .Select(s => (Group: s.GetProperty("ManagedRuleGroupStatement").GetProperty("Name").GetString(), Overrides: s.GetProperty("ManagedRuleGroupStatement").GetProperty("RuleActionOverrides").Compact()))
            .ToList();

        overrides.Should().ContainSingle().Which.Should().Be((WebAclRules.CommonRuleSet, """[{"ActionToUse":{"Count":{}},"Name":"SizeRestrictions_BODY"}]"""));
    }

    [Fact]
    public void RateRule_Allows2000RequestsPerIpInFiveMinutes_ThenAnswers429()
    {
        var rule = Rule(WebAclRules.RateLimitPerIp);

        rule.GetProperty("Statement").Compact().Should().Be("""{"RateBasedStatement":{"AggregateKeyType":"IP","EvaluationWindowSec":300,"Limit":2000}}""");
        rule.GetProperty("Action").Compact().Should().Be("""{"Block":{"CustomResponse":{"CustomResponseBodyKey":"throttled","ResponseCode":429,"ResponseHeaders":[{"Name":"Retry-After","Value":"60"}]}}}""");
    }

    [Fact]
    public void BodyRule_RefusesBodiesOver64KiB_With413_AlsoBeyondWhatWafCanSee()
    {
        var rule = Rule(WebAclRules.BodyTooLarge);
        var size = rule.GetProperty("Statement").GetProperty("SizeConstraintStatement");

        size.GetProperty("FieldToMatch").Compact().Should().Be("""{"Body":{"OversizeHandling":"MATCH"}}""");
        size.GetProperty("ComparisonOperator").GetString().Should().Be("GT");
        size.GetProperty("Size").GetInt32().Should().Be(65536);
        rule.GetProperty("Action").Compact().Should().Be("""{"Block":{"CustomResponse":{"CustomResponseBodyKey":"too-large","ResponseCode":413}}}""");
        Priority(WebAclRules.BodyTooLarge).Should().BeLessThan(Priority(WebAclRules.CommonRuleSet));
    }

    [Fact]
    public void WebAcl_HasExactlyTheRulesItShould_EachWithMetricsAndSamplesUnderItsOwnName()
    {
        var rules = Rules();

        rules.Select(r => r.GetProperty("Name").GetString()).Should().BeEquivalentTo(
            [.. ManagedGroupNames, WebAclRules.RateLimitPerIp, WebAclRules.BodyTooLarge]);
        rules.Select(r => r.GetProperty("Priority").GetInt32()).Should().OnlyHaveUniqueItems();
        foreach (var rule in rules)
        {
            var name = rule.GetProperty("Name").GetString();
            rule.GetProperty("VisibilityConfig").Compact().Should().Be(
                $$"""{"CloudWatchMetricsEnabled":true,"MetricName":"{{name}}","SampledRequestsEnabled":true}""", $"rule {name}");
        }
    }

    [Fact]
    public void Refusals_AnswerProblemDetailsAsJson()
    {
        var bodies = WebAclProperties().GetProperty("CustomResponseBodies");

        foreach (var (key, status) in new[] { (WebAclRules.ThrottledResponse, 429), (WebAclRules.TooLargeResponse, 413) })
        {
            var body = bodies.GetProperty(key);
            body.GetProperty("ContentType").GetString().Should().Be("APPLICATION_JSON");
            using var problem = JsonDocument.Parse(body.GetProperty("Content").GetString()!);
            problem.RootElement.GetProperty("status").GetInt32().Should().Be(status);
            problem.RootElement.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        }
    }

    private JsonElement WebAclProperties() =>
        app.EdgeJson.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == WebAcl).Value.GetProperty("Properties");

    private List<JsonElement> Rules() => [.. WebAclProperties().GetProperty("Rules").EnumerateArray()];

    private JsonElement Rule(string name) => Rules().Single(r => r.GetProperty("Name").GetString() == name);

    private int Priority(string name) => Rule(name).GetProperty("Priority").GetInt32();
}
