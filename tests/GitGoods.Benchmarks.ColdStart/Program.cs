using GitGoods.Benchmarks.ColdStart;

// dotnet run -c Release --project tests/GitGoods.Benchmarks.ColdStart -- [--runs 30] [--bootstrap PATH] [--floor PATH]
var options = BenchmarkOptions.Parse(args);
await using var api = await GitGoods.Hosting.Tests.Fakes.FakeRuntimeApi.StartAsync();
var results = await new ColdStartBenchmark(api, options).RunAsync();
Console.WriteLine(Report.ToMarkdown(options, results));
