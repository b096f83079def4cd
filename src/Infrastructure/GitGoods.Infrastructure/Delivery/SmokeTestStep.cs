using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.Pipelines;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// The test stage's gate: after the stage's stacks deploy, one CodeBuild step gives a dedicated shopper a fresh random password
/// in the stage's user pool (created on the first run), then runs the shop's main journey against the stage's site
/// (<c>src/Infrastructure/canary/smoke.js</c>, the same journey the canary runs). A non-zero exit fails the action, and
/// CodePipeline does not start the production stage.
/// </summary>
internal static class SmokeTestStep
{
    /// <summary>The action's name in the Test stage.</summary>
    public const string Id = "SmokeTests";

    public const string Script = "src/Infrastructure/canary/smoke.js";

    /// <summary>The smoke shopper: an address that can receive no mail, and none is sent (<c>--message-action SUPPRESS</c>).</summary>
    public const string ShopperEmail = "smoke-test@example.com";

    /// <summary>Exactly what the step needs in Cognito: create the shopper once, and set its password on every run.</summary>
    public static readonly IReadOnlyList<string> CognitoActions = ["cognito-idp:AdminCreateUser", "cognito-idp:AdminSetUserPassword"];

    /// <summary>The journey takes seconds; a hung request must not hold the pipeline for CodeBuild's default hour.</summary>
    public static readonly Duration Timeout = Duration.Minutes(10);

    /// <summary>
    /// A new password per run, never stored: 32 random hex digits and a prefix that meets the pool's rule (12+ characters with
    /// upper and lower case, a digit and a symbol). CodeBuild logs the command, not the value.
    /// </summary>
    private const string NewPassword = "export GITGOODS_SHOPPER_PASSWORD=\"Gg1!$(openssl rand -hex 16)\"";

    /// <summary>Creates the shopper, tolerating only "already exists" (the refresh case); any other failure stops the step.</summary>
    private const string CreateShopper =
        "aws cognito-idp admin-create-user --region \"$GITGOODS_REGION\" --user-pool-id \"$GITGOODS_USER_POOL_ID\" "
        + "--username \"$GITGOODS_SHOPPER_EMAIL\" --message-action SUPPRESS "
        + "--user-attributes Name=email,Value=\"$GITGOODS_SHOPPER_EMAIL\" Name=email_verified,Value=true Name=name,Value=SmokeTest "
        + "> /dev/null 2> /tmp/create-user.err || grep -q UsernameExistsException /tmp/create-user.err || { cat /tmp/create-user.err >&2; exit 1; }";

    private const string SetPassword =
        "aws cognito-idp admin-set-user-password --region \"$GITGOODS_REGION\" --user-pool-id \"$GITGOODS_USER_POOL_ID\" "
        + "--username \"$GITGOODS_SHOPPER_EMAIL\" --password \"$GITGOODS_SHOPPER_PASSWORD\" --permanent";

    /// <param name="pipelineStack">The stack whose partition the policy's ARN takes.</param>
    /// <param name="stage">The deployed test stage: its main stack's outputs become the step's environment.</param>
    /// <param name="source">The checkout holding the smoke script.</param>
    public static CodeBuildStep Create(Stack pipelineStack, GitGoodsStage stage, IFileSetProducer source)
    {
        ArgumentNullException.ThrowIfNull(pipelineStack);
        ArgumentNullException.ThrowIfNull(stage);
        var region = stage.Target.Region;
        return new CodeBuildStep(Id, new CodeBuildStepProps
        {
            Input = source,
            EnvFromCfnOutputs = new Dictionary<string, CfnOutput>(StringComparer.Ordinal)
            {
                ["GITGOODS_BASE_URL"] = stage.WebUrl,
                ["GITGOODS_USER_POOL_ID"] = stage.UserPoolId,
                ["GITGOODS_USER_POOL_CLIENT_ID"] = stage.UserPoolClientId,
            },
            Env = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["GITGOODS_REGION"] = region,
                ["GITGOODS_COGNITO_ENDPOINT"] = $"https://cognito-idp.{region}.amazonaws.com/",
                ["GITGOODS_SHOPPER_EMAIL"] = ShopperEmail,
            },
            Commands = [NewPassword, CreateShopper, SetPassword, $"node {Script}"],
            RolePolicyStatements =
            [
                new PolicyStatement(new PolicyStatementProps
                {
                    Actions = [.. CognitoActions],
                    // The pool's id exists only once the stage has deployed, so: any pool of the test stage's account and region.
                    Resources =
                    [
                        pipelineStack.FormatArn(new ArnComponents
                        {
                            Service = "cognito-idp",
                            Region = region,
                            Account = stage.Target.Account,
                            Resource = "userpool",
                            ResourceName = "*",
                        }),
                    ],
                }),
            ],
            Timeout = Timeout,
        });
    }
}
