using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace GitGoods.Identity.Tokens;

/// <summary>
/// The issuer's signing keys from <c>{issuer}/.well-known/jwks.json</c>: fetched on first use and cached; an
/// unknown <c>kid</c> refetches (key rotation), at most once per <see cref="RefetchInterval"/> so a stream of
/// forged kids cannot turn into a stream of requests to the issuer.
/// </summary>
public sealed class JwksKeys(HttpClient http, Func<string> issuer, TimeProvider time)
{
    public static readonly TimeSpan RefetchInterval = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private Task<Dictionary<string, RSAParameters>>? _fetch;
    private DateTimeOffset _fetchedAt;

    /// <summary>The RSA public key named <paramref name="kid"/>, or null when the issuer has none by that name.</summary>
    public async Task<RSAParameters?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        Task<Dictionary<string, RSAParameters>> fetch;
        lock (_gate)
        {
            // Concurrent callers share one fetch; a failed fetch may be retried at once, a successful one not
            // before the interval has passed.
            var stale = _fetch is null || _fetch.IsFaulted || _fetch.IsCanceled
                || (_fetch.IsCompletedSuccessfully && !_fetch.Result.ContainsKey(kid) && time.GetUtcNow() - _fetchedAt >= RefetchInterval);
            if (stale)
            {
                _fetchedAt = time.GetUtcNow();
                _fetch = FetchAsync(CancellationToken.None);
            }

            fetch = _fetch!;
        }

        var keys = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return keys.TryGetValue(kid, out var key) ? key : null;
    }

    private async Task<Dictionary<string, RSAParameters>> FetchAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(issuer().TrimEnd('/') + "/.well-known/jwks.json");
        await using var stream = await http.GetStreamAsync(url, cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var keys = new Dictionary<string, RSAParameters>(StringComparer.Ordinal);
        foreach (var jwk in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (string.Equals(Text(jwk, "kty"), "RSA", StringComparison.Ordinal) && Text(jwk, "kid") is { } kid && Text(jwk, "n") is { } n && Text(jwk, "e") is { } e)
            {
                keys[kid] = new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) };
            }
        }

        return keys;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
