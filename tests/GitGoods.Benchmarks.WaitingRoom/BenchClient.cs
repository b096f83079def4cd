using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GitGoods.Benchmarks.WaitingRoom;

/// <summary>One answer: its status code and its JSON body (null when empty or not JSON).</summary>
internal sealed record Answer(int Status, JsonNode? Body, TimeSpan? RetryAfter);

/// <summary>The stack's API as the benchmark calls it, counting every 5xx answer (the contract: none).</summary>
internal sealed class BenchClient(HttpClient http)
{
    private int _serverErrors;
    private int _requests;

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public int Requests => Volatile.Read(ref _requests);

    public async Task<Answer> SendAsync(HttpMethod method, string path, string token, string? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request);
        Interlocked.Increment(ref _requests);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }

        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            json = JsonNode.Parse(text);
        }

        return new Answer(status, json, response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Sends until a 2xx; fails the run on anything else (setup calls, which must work).</summary>
    public async Task<JsonNode> MustAsync(HttpMethod method, string path, string token, string? body = null)
    {
        var answer = await SendAsync(method, path, token, body);
        return answer.Status is >= 200 and < 300
            ? answer.Body ?? new JsonObject()
            : throw new InvalidOperationException($"{method} {path} answered {answer.Status}: {answer.Body?.ToJsonString()}");
    }
}
