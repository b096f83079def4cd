using Amazon.CDK;

using GitGoods.Infrastructure;

var app = new App();
_ = new GitGoodsStack(app, "GitGoods", new StackProps
{
    Env = DeploymentTarget.FromCdkEnvironment(),
    Description = "Git Goods: serverless shop backend (API, functions, table, identity).",
});
app.Synth();
