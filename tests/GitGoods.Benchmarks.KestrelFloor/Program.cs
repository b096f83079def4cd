var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/", () => Results.Text("""{"status":"ok"}""", "application/json"));
app.Run();
