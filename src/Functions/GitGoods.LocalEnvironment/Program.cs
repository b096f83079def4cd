using GitGoods.LocalEnvironment;

// The whole shop on one machine: API Gateway stand-in, DynamoDB Local, demo data. See docs/local-environment.md.
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalEnvironment(args);

var app = builder.Build();
app.MapLocalEnvironment();

await app.RunAsync();
