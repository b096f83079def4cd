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

    // Signed in as API Gateway's JWT authorizer passes it on; a valid order of one game the fake table does not
    // know. The function claims the Idempotency-Key (PutItem), looks the game up (nothing) and answers 4xx: every call is
    // a real AWS SDK request over HTTP to FakeIssuerAndTable, no SQS or KMS call is reached.
    private static readonly byte[] OrderEvent = Encoding.UTF8.GetBytes("""
        {"version":"2.0","routeKey":"POST /api/orders","rawPath":"/api/orders","rawQueryString":"",
        "headers":{"content-type":"application/json","idempotency-key":"bench-order-1"},
        "requestContext":{"http":{"method":"POST","path":"/api/orders"},"requestId":"bench","routeKey":"POST /api/orders",
        "authorizer":{"jwt":{"claims":{"sub":"11111111-2222-4333-8444-555555555555","email":"bench@example.test"},"scopes":null}}},
        "body":"{\"items\":[{\"productId\":\"bench-game\",\"quantity\":1}],\"shipping\":{\"name\":\"Bench\",\"phone\":\"+6591234567\",\"address\":{\"line1\":\"1 Bench Road\",\"city\":\"Singapore\",\"postalCode\":\"018956\",\"country\":\"SG\"}},\"payment\":{\"method\":\"card\",\"token\":\"pm_card_visa\"}}",
        "isBase64Encoded":false}
        """);

    private int _next;

    /// <summary>The first response (up to 300 characters), printed under the table: what the function answered.</summary>
    public string? FirstResponse { get; private set; }

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

        if (options.Handler == "PlaceOrder")
        {
            start.Environment["TABLE_NAME"] = "bench";
            start.Environment["IDEMPOTENCY_TABLE_NAME"] = "bench-idempotency";
            start.Environment["AWS_ENDPOINT_URL_DYNAMODB"] = issuer.TableEndpoint;
            start.Environment["ORDERS_QUEUE_URL"] = issuer.TableEndpoint + "/000000000000/bench-orders";
            start.Environment["ORDERS_DLQ_URL"] = issuer.TableEndpoint + "/000000000000/bench-orders-dlq";
            start.Environment["ORDER_PII_KMS_KEY_ID"] = "alias/bench";
            start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDBENCH";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "bench";
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
            // The floor always answers 200; PlaceOrder answers 4xx for the game the fake table does not know.
            var expected = response.BodyText.Contains("\"statusCode\":200", StringComparison.Ordinal)
                || (options.Handler == "PlaceOrder" && response.BodyText.Contains("\"statusCode\":4", StringComparison.Ordinal));
            if (response.IsError || !expected)
            {
                throw new InvalidOperationException($"{path} answered an error: {response.BodyText}");
            }

            FirstResponse ??= response.BodyText.Length > 300 ? response.BodyText[..300] : response.BodyText;
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

    private byte[] Event() => options.Handler switch
    {
        "GetCart" => Encoding.UTF8.GetBytes(CartEvent.Replace("TOKEN", issuer.AccessToken(), StringComparison.Ordinal)),
        "PlaceOrder" => OrderEvent,
        _ => HealthEvent,
    };

    /// <summary>VmHWM: the resident set's high-water mark, what Lambda reports as "Max Memory Used".</summary>
    private static long PeakRssKb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }
}
