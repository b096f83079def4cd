// The floor: GET the next event, POST a fixed response, forever. No JSON, no logging, no catalogue:
// whatever the real bootstrap costs beyond this is the price of the hosting layer and the function.
var runtimeApi = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")
    ?? throw new InvalidOperationException("AWS_LAMBDA_RUNTIME_API is not set.");
using var http = new HttpClient { BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"), Timeout = Timeout.InfiniteTimeSpan };
var response = """{"statusCode":200,"body":"{\"status\":\"ok\"}"}"""u8.ToArray();
while (true)
{
    using var next = await http.GetAsync(new Uri("runtime/invocation/next", UriKind.Relative));
    var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
    using var content = new ByteArrayContent(response);
    using var posted = await http.PostAsync(new Uri($"runtime/invocation/{requestId}/response", UriKind.Relative), content);
}
