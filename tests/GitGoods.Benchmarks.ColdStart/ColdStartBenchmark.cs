using System.Diagnostics;
using System.Globalization;
using System.Text;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Benchmarks.ColdStart;

/// <summary>
/// One cold start: milliseconds from Process.Start to the first <c>GET /next</c> (the init phase) and to the
/// response arriving (init plus first invocation), and peak RSS just after.
/// </summary>
public sealed record ColdStartSample(double InitMilliseconds, double Milliseconds, long PeakRssKb);

/// <summary>
/// Starts each executable afresh for every run, with runs of the executables interleaved so a noisy
/// neighbour on the shared machine hurts both alike. One discarded warm-up run per executable first,
/// so the page cache holds the binary for every measured run (on Lambda the image is local too).
/// </summary>
public sealed class ColdStartBenchmark(FakeRuntimeApi api, FakeIssuerAndTable issuer, BenchmarkOptions options)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly byte[] HealthEvent = Encoding.UTF8.GetBytes("""
        {"version":"2.0","routeKey":"GET /api/health","rawPath":"/api/health","rawQueryString":"","headers":{},
        "requestContext":{"http":{"method":"GET","path":"/api/health"},"requestId":"bench","routeKey":"GET /api/health"},
        "isBase64Encoded":false}
        """);

    private static readonly string CartEvent = """
        {"version":"2.0","routeKey":"GET /api/cart","rawPath":"/api/cart","rawQueryString":"","headers":{"authorization":"Bearer TOKEN"},
        "requestContext":{"http":{"method":"GET","path":"/api/cart"},"requestId":"bench","routeKey":"GET /api/cart"},
        "isBase64Encoded":false}
        """;

    private int _next;

    public async Task<IReadOnlyDictionary<string, List<ColdStartSample>>> RunAsync()
    {
        var results = options.Executables.ToDictionary(e => e.Label, _ => new List<ColdStartSample>(), StringComparer.Ordinal);
        foreach (var (_, path) in options.Executables)
        {
            await MeasureOnceAsync(path);
        }

        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var (label, path) in options.Executables)
            {
                results[label].Add(await MeasureOnceAsync(path));
            }
        }

        return results;
    }

    private async Task<ColdStartSample> MeasureOnceAsync(string path)
    {
        var requestId = "bench-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var posted = api.Enqueue(new FakeInvocation(requestId, Event()));
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = api.Address;
        start.Environment["_HANDLER"] = options.Handler;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "gitgoods-" + options.Handler.ToLowerInvariant();
        if (options.Handler == "GetCart")
        {
            // The function verifies the token against the issuer's JWKS (fetched on this first call), then reads the cart.
            start.Environment["COGNITO_ISSUER"] = issuer.Issuer;
            start.Environment["COGNITO_CLIENT_ID"] = FakeIssuerAndTable.ClientId;
            start.Environment["TABLE_NAME"] = "bench";
            start.Environment["AWS_ENDPOINT_URL_DYNAMODB"] = issuer.TableEndpoint;
        }

        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
        start.Environment["AWS_REGION"] = "ap-southeast-1";
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var response = await posted.WaitAsync(Patience);
            var peakRss = PeakRssKb(process.Id);
            if (response.IsError || !response.BodyText.Contains("\"statusCode\":200", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{path} answered an error: {response.BodyText}");
            }

            var asked = api.AskedAt(requestId) ?? response.ReceivedTimestamp;
            return new ColdStartSample(Stopwatch.GetElapsedTime(started, asked).TotalMilliseconds,
                Stopwatch.GetElapsedTime(started, response.ReceivedTimestamp).TotalMilliseconds, peakRss);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await api.WhenNoRuntimeWaits().WaitAsync(Patience);
        }
    }

    private byte[] Event() => options.Handler == "GetCart"
        ? Encoding.UTF8.GetBytes(CartEvent.Replace("TOKEN", issuer.AccessToken(), StringComparison.Ordinal))
        : HealthEvent;

    /// <summary>VmHWM: the resident set's high-water mark, what Lambda reports as "Max Memory Used".</summary>
    private static long PeakRssKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }
}
