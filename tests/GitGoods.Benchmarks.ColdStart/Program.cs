using GitGoods.Benchmarks.ColdStart;

// dotnet run -c Release --project tests/GitGoods.Benchmarks.ColdStart -- [--runs 30] [--handler Health|GetCart|PlaceOrder]
//     [--bootstrap PATH] [--floor PATH] [--also LABEL=PATH ...]
var options = BenchmarkOptions.Parse(args);
await using var api = await GitGoods.Hosting.Tests.Fakes.FakeRuntimeApi.StartAsync();
await using var issuer = await FakeIssuerAndTable.StartAsync();
var benchmark = new ColdStartBenchmark(api, issuer, options);
var results = await benchmark.RunAsync();
Console.WriteLine(Report.ToMarkdown(options, results));
Console.WriteLine($"First response: {benchmark.FirstResponse}");
