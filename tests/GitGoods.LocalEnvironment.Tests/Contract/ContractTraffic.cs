using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GitGoods.LocalEnvironment.Tests.Contract;

/// <summary>One exchange through the proxy: the operation it matched, the status, and Prism's findings about the response.</summary>
public sealed record ContractExchange(string Method, string Path, string? OperationId, int Status, IReadOnlyList<string> ResponseViolations,
    IReadOnlyList<string> RequestViolations);

/// <summary>
/// Everything that went through a <see cref="ContractProxy"/>. Prism reports two kinds of finding in <c>sl-violations</c>:
/// about the request (location <c>request…</c>; the hostile and invalid requests the journey sends on purpose have them)
/// and about the response (location <c>response…</c>). Every response finding counts, whatever its severity: Prism
/// files a status the document does not list for the operation as a mere warning when it is not a 2xx.
/// </summary>
public sealed class ContractTraffic
{
    private readonly ConcurrentQueue<ContractExchange> _exchanges = new();
    private readonly List<(string Method, Regex Path, string OperationId)> _operations;

    public ContractTraffic(string document)
    {
        var paths = JsonNode.Parse(File.ReadAllText(document))!["paths"]!.AsObject();
        _operations = [.. paths
            .SelectMany(path => path.Value!.AsObject().Select(op => (Method: op.Key.ToUpperInvariant(),
                Path: new Regex("^" + Regex.Replace(Regex.Escape(path.Key), @"\\\{[^/]+?}", "[^/]+", RegexOptions.None, TimeSpan.FromSeconds(1)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
                OperationId: op.Value!["operationId"]!.GetValue<string>(), Templated: path.Key.Contains('{', StringComparison.Ordinal))))
            .OrderBy(op => op.Templated)
            .Select(op => (op.Method, op.Path, op.OperationId))];
    }

    public IReadOnlyList<ContractExchange> Exchanges => [.. _exchanges];

    /// <summary>Every response finding, one line each with the exchange it was found in.</summary>
    public IReadOnlyList<string> ResponseViolations =>
        [.. _exchanges.SelectMany(e => e.ResponseViolations.Select(v => $"{e.Method} {Shown(e.Path)} -> {e.Status} ({e.OperationId ?? "no operation"}): {v}"))];

    /// <summary>Statuses seen per operation, e.g. <c>GetProduct: 200, 304, 404</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> StatusesByOperation =>
        _exchanges.Where(e => e.OperationId is not null).GroupBy(e => e.OperationId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(e => e.Status).Distinct().Order()], StringComparer.Ordinal);

    public string? OperationOf(string method, string path) =>
        _operations.FirstOrDefault(op => op.Method == method && op.Path.IsMatch(path)).OperationId;

    public void Record(HttpRequestMessage request, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var findings = response.Headers.TryGetValues("sl-violations", out var values) ? Findings(string.Concat(values)) : [];
        var path = request.RequestUri!.AbsolutePath;
        _exchanges.Enqueue(new ContractExchange(request.Method.Method, path, OperationOf(request.Method.Method, path), (int)response.StatusCode,
            [.. findings.Where(f => f.Response).Select(f => f.Text)], [.. findings.Where(f => !f.Response).Select(f => f.Text)]));
    }

    private static string Shown(string path) => path.Length <= 100 ? path : $"{path[..100]}… ({path.Length} characters)";

    private static List<(bool Response, string Text)> Findings(string header)
    {
        // Prism cuts a header over 8 KiB short behind "Too many violations! "; such a header always holds response findings
        // or request ones, and a cut one cannot be parsed, so it counts as a response finding (never silently passed).
        if (!header.StartsWith('['))
        {
            return [(true, header.Length > 300 ? header[..300] : header)];
        }

        return [.. JsonNode.Parse(header)!.AsArray().Select(v =>
        {
            var location = v!["location"]?.AsArray().Select(l => l!.ToString()).ToList() ?? [];
            var text = $"{string.Join('.', location)} [{v["severity"]}] {v["message"]}";
            return (location.FirstOrDefault() == "response", text);
        })];
    }
}

/// <summary>Hands each exchange to <see cref="ContractTraffic"/> as the response comes back.</summary>
internal sealed class ViolationRecorder(ContractTraffic traffic) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        traffic.Record(request, response);
        return response;
    }
}
