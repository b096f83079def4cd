using Amazon.CDK;

using GitGoods.Infrastructure;

var app = new App();
GitGoodsApp.AddStacks(app);
app.Synth();
