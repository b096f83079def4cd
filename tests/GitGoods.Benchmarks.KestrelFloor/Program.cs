// The floor for HTTP load figures: a trivial Kestrel endpoint on the same machine, in the same run.
// `--page <file>`: GET /api/products (and /api/products/{id}) answer that file's bytes, fixed in memory — a real
// products page the bench script fetched from the stack first, so the floor writes as many bytes as the stack does.
// GET / answers {"status":"ok"}.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
var pagePath = app.Configuration["page"];
var page = pagePath is null ? """{"items":[],"nextCursor":null}"""u8.ToArray() : File.ReadAllBytes(pagePath);
var productPath = app.Configuration["product"];
var product = productPath is null ? page : File.ReadAllBytes(productPath);
app.MapGet("/", () => Results.Text("""{"status":"ok"}""", "application/json"));
app.MapGet("/api/products", () => Results.Bytes(page, "application/json; charset=utf-8"));
app.MapGet("/api/products/{id}", (string id) => Results.Bytes(product, "application/json; charset=utf-8"));
app.Run();
