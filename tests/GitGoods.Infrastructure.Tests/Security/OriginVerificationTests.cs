using System.Text.Json;

using GitGoods.Infrastructure.Security;
using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Security;

/// <summary>No way around CloudFront: the secret header CloudFront sends and the values every HTTP function accepts.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class OriginVerificationTests(SynthesizedGitGoods app)
{
    private const string Current = "{{resolve:ssm:/gitgoods/origin-verify/current}}";
    private const string Previous = "{{resolve:ssm:/gitgoods/origin-verify/previous}}";

    private static readonly string[] HttpFunctionNames = [.. FunctionManifest.All.Where(f => f.Trigger is HttpRouteTrigger or DefaultRouteTrigger).Select(f => f.Name)];

    public static TheoryData<string> HttpFunctions => [.. HttpFunctionNames];

    public static TheoryData<string> OtherFunctions => [.. FunctionManifest.All.Where(f => f.Trigger is not (HttpRouteTrigger or DefaultRouteTrigger)).Select(f => f.Name)];

    [Fact]
    public void ApiOrigin_SendsTheCurrentSecret_AsADynamicReference_AndTheBucketOriginsNothing()
    {
        var origins = app.Resources("AWS::CloudFront::Distribution").Values.Single()
            .GetProperty("Properties").GetProperty("DistributionConfig").GetProperty("Origins").EnumerateArray().ToList();
        var api = origins.Single(o => o.TryGetProperty("CustomOriginConfig", out _));
        var buckets = origins.Where(o => o.TryGetProperty("S3OriginConfig", out _)).ToList();

        api.GetProperty("OriginCustomHeaders").Compact().Should().Be(
            $$"""[{"HeaderName":"x-origin-verify","HeaderValue":"{{Current}}"}]""");
        buckets.Should().HaveCount(2, "the site and the seller images").And.AllSatisfy(b => b.TryGetProperty("OriginCustomHeaders", out _).Should().BeFalse());
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_AcceptsTheCurrentAndThePreviousSecret(string name)
    {
        app.FunctionEnvironment(name).Should().Contain(OriginVerification.SecretsVariable, JsonSerializer.Serialize($"{Current},{Previous}"));
    }

    [Theory]
    [MemberData(nameof(OtherFunctions))]
    public void FunctionWithoutAnHttpRoute_NeverLearnsTheSecret(string name)
    {
        app.FunctionEnvironment(name).Should().NotContainKey(OriginVerification.SecretsVariable);
    }

    [Fact]
    public void Templates_HoldNoSecretValue_OnlyReferencesToTheParameters()
    {
        var main = app.Json.GetRawText();
        var values = app.FunctionTemplates.SelectMany(t => t.Resources("AWS::Lambda::Function").Values)
            .Where(f => f.GetProperty("Properties").TryGetProperty("Environment", out _))
            .Select(f => f.GetProperty("Properties").GetProperty("Environment").GetProperty("Variables"))
            .Where(v => v.TryGetProperty(OriginVerification.SecretsVariable, out _))
            .Select(v => v.GetProperty(OriginVerification.SecretsVariable).GetString()!)
            .ToList();

        values.Should().HaveCount(HttpFunctionNames.Length).And.OnlyContain(v => v == $"{Current},{Previous}");
        foreach (var template in app.FunctionTemplates)
        {
            var text = template.Json.GetRawText();
            template.Resources("AWS::SSM::Parameter").Should().BeEmpty("the platform team creates the parameters; the stack only reads them");
            (Occurrences(text, "origin-verify/current") + Occurrences(text, "origin-verify/previous"))
                .Should().Be(Occurrences(text, Current) + Occurrences(text, Previous), "every mention of a parameter is inside a dynamic reference");
        }

        main.Should().Contain(Current);
        app.EdgeJson.GetRawText().Should().NotContain("origin-verify");
    }

    [Fact]
    public void Distribution_WaitsForEveryHttpFunctionsLiveAlias_SoARotatedSecretIsAcceptedBeforeItIsSent()
    {
        var dependsOn = app.Resources("AWS::CloudFront::Distribution").Values.Single().GetProperty("DependsOn")
            .EnumerateArray().Select(d => d.GetString()).ToList();

        // The alias, not the function: its update completes only when the canary has moved all traffic to the new version.
        // A nested stack's alias: through the nested stack, whose update completes only when its aliases' updates have.
        var waitingRoom = app.LogicalId(app.Stack.WaitingRoom.NestedStackResource!);
        dependsOn.Should().Contain(HttpFunctionNames.Where(n => app.TemplateOf(n).IsMain).Select(app.AliasLogicalId));
        HttpFunctionNames.Where(n => !app.TemplateOf(n).IsMain).Should().NotBeEmpty();
        dependsOn.Should().Contain(waitingRoom);
    }

    [Fact]
    public void EachFunctionTemplate_StaysWithinCloudFormationsSixtyDynamicReferences()
    {
        // Two per HTTP function, one for the origin header, one for the cross-region import of the web ACL.
        foreach (var template in app.FunctionTemplates)
        {
            var references = Occurrences(template.Json.GetRawText(), "{{resolve:");

            references.Should().BeLessThanOrEqualTo(60,
                "CloudFormation refuses a template with more than 60 dynamic references; see docs/deploy.md (origin verification) for the way out");
        }
    }

    [Theory]
    [InlineData("gitgoods/origin-verify/current")]
    [InlineData("/gitgoods//current")]
    [InlineData("/gitgoods/origin verify")]
    [InlineData("/gitgoods/}}")]
    public void ParameterName_ThatSsmWouldRefuse_IsRefused(string name)
    {
        var build = () => new OriginVerification(name, OriginVerification.DefaultPreviousParameter);

        build.Should().Throw<ArgumentException>().WithMessage("*SSM parameter name*");
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
