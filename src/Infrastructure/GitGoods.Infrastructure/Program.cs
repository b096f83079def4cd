using Amazon.CDK;

using GitGoods.Infrastructure;

var app = new App();
_ = GitGoodsApp.Compose(app, DeploymentTarget.FromCdkEnvironment(app.Node));
app.Synth();
