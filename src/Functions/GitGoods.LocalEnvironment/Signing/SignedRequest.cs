namespace GitGoods.LocalEnvironment.Signing;

/// <summary>
/// What AWS Signature V4 covers of an HTTP request: method, the path and query exactly as sent (still
/// percent-encoded), every header (a repeated name appears once per value) and the body.
/// </summary>
public sealed record SignedRequest(string Method, string RawPath, string RawQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>All values of <paramref name="name"/> (any case), in order.</summary>
    public IEnumerable<string> Values(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public string? Header(string name) => Values(name).FirstOrDefault();
}
