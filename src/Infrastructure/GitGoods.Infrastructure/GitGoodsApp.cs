using Amazon.CDK;

namespace GitGoods.Infrastructure;

/// <summary>Every stack of the CDK app. <c>Program</c> adds them for <c>cdk synth</c>; the tests synthesize the same app.</summary>
public static class GitGoodsApp
{
    public const string StackId = "GitGoods";

    public static void AddStacks(App app) =>
        _ = new GitGoodsStack(app, StackId, new StackProps
        {
            Env = DeploymentTarget.FromCdkEnvironment(),
            Description = "Git Goods: serverless shop backend (API, functions, table, identity).",
        });
}
