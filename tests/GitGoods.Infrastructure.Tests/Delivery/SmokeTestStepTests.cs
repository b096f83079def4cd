using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// The test stage's smoke step: it reads the stage's outputs, refreshes its shopper with exactly two Cognito admin actions on
/// the test account's pools, and runs the smoke script, whose exit code decides whether production deploys.
/// </summary>
[Collection(DefaultPipelineSynthesis.Name)]
public sealed class SmokeTestStepTests(DefaultPipeline pipeline)
{
    private JsonElement SmokeAction => pipeline.Actions("Test").Single(a => a.GetProperty("Name").GetString() == "SmokeTests");

    [Fact]
    public void SmokeStep_ReadsTheSiteUrlAndUserPoolFromTheTestStagesMainStack()
    {
        var mainDeploy = pipeline.Actions("Test").Single(a =>
            a.GetProperty("Name").GetString() == "GitGoods.Deploy");
        var outputs = mainDeploy.GetProperty("Namespace").GetString();
        using var variables = JsonDocument.Parse(SmokeAction.GetProperty("Configuration").GetProperty("EnvironmentVariables").GetString()!);

        variables.RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("value").GetString())
            .Should().BeEquivalentTo(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["GITGOODS_BASE_URL"] = $"#{{{outputs}.WebUrl}}",
                ["GITGOODS_USER_POOL_ID"] = $"#{{{outputs}.UserPoolId}}",
                ["GITGOODS_USER_POOL_CLIENT_ID"] = $"#{{{outputs}.UserPoolClientId}}",
            });
    }

    [Fact]
    public void SmokeStep_KnowsTheShopperAndTheTestStagesCognitoEndpoint()
    {
        var variables = pipeline.ProjectOf(SmokeAction).GetProperty("Environment").GetProperty("EnvironmentVariables").EnumerateArray()
            .ToDictionary(v => v.GetProperty("Name").GetString()!, v => v.GetProperty("Value").GetString());

        variables.Should().Contain("GITGOODS_SHOPPER_EMAIL", "smoke-test@example.com")
            .And.Contain("GITGOODS_REGION", SynthesizedGitGoods.Region)
            .And.Contain("GITGOODS_COGNITO_ENDPOINT", $"https://cognito-idp.{SynthesizedGitGoods.Region}.amazonaws.com/");
    }

    [Fact]
    public void SmokeStep_CreatesTheShopper_SetsANewPermanentPassword_ThenRunsTheSmokeScript()
    {
        var commands = SynthesizedPipeline.BuildSpec(pipeline.ProjectOf(SmokeAction))
            .GetProperty("phases").GetProperty("build").GetProperty("commands").EnumerateArray().Select(c => c.GetString()!).ToList();

        commands.Should().HaveCount(4);
        commands[0].Should().StartWith("export GITGOODS_SHOPPER_PASSWORD=").And.Contain("openssl rand");
        commands[1].Should().Contain("aws cognito-idp admin-create-user").And.Contain("--message-action SUPPRESS")
            .And.Contain("UsernameExistsException", "a shopper from an earlier run is refreshed, not an error");
        commands[2].Should().Contain("aws cognito-idp admin-set-user-password").And.Contain("--permanent");
        commands[3].Should().Be("node src/Infrastructure/canary/smoke.js");
    }

    [Fact]
    public void SmokeStep_MayOnlyCreateUsersAndSetPasswords_InThePoolsOfTheTestAccountAndRegion()
    {
        var role = pipeline.ProjectOf(SmokeAction).GetProperty("ServiceRole").GetProperty("Fn::GetAtt")[0].GetString()!;
        var cognito = pipeline.StatementsOf(role).Where(s => Actions(s).Any(a => a.StartsWith("cognito-idp:", StringComparison.Ordinal))).ToList();

        cognito.Should().ContainSingle();
        Actions(cognito[0]).Should().BeEquivalentTo("cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword");
        cognito[0].GetProperty("Effect").GetString().Should().Be("Allow");
        cognito[0].GetProperty("Resource").GetString().Should().Be($"arn:aws:cognito-idp:{SynthesizedGitGoods.Region}:{SynthesizedPipeline.Account}:userpool/*");
    }

    [Fact]
    public void NoOtherRoleOfThePipeline_MayTouchCognito()
    {
        var smokeRole = pipeline.ProjectOf(SmokeAction).GetProperty("ServiceRole").GetProperty("Fn::GetAtt")[0].GetString()!;

        pipeline.Resources("AWS::IAM::Policy").Values.Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Roles").EnumerateArray().All(r => r.GetProperty("Ref").GetString() != smokeRole))
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .SelectMany(Actions)
            .Should().NotContain(a => a.StartsWith("cognito-idp:", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Actions(JsonElement statement) =>
        statement.GetProperty("Action") is { ValueKind: JsonValueKind.Array } many
            ? many.EnumerateArray().Select(a => a.GetString()!)
            : [statement.GetProperty("Action").GetString()!];
}
