using Amazon.CDK;

using GitGoods.Infrastructure;
using GitGoods.Infrastructure.Delivery;

var app = new App();
var target = DeploymentTarget.FromCdkEnvironment(app.Node);
_ = GitGoodsApp.Compose(app, target);
if (DeliveryPipelineStack.Compose(app, target) is null)
{
    Console.Error.WriteLine(DeliveryPipelineStack.NoAccountNote);
}

app.Synth();
