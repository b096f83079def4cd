using GitGoods.LocalStack;

// The whole shop on one machine: API Gateway stand-in, DynamoDB Local, demo data. See docs/local-stack.md.
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalStack(args);

var app = builder.Build();
app.MapLocalStack();

await app.RunAsync();
