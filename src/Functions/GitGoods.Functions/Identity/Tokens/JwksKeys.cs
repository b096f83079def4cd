using Microsoft.IdentityModel.Tokens;

namespace GitGoods.Identity.Tokens;

/// <summary>
/// The issuer's signing keys from <c>{issuer}/.well-known/jwks.json</c> (read as a <see cref="JsonWebKeySet"/>):
/// fetched on first use and cached; an unknown <c>kid</c> refetches (key rotation), at most once per
/// <see cref="RefetchInterval"/> so a stream of forged kids cannot turn into a stream of requests to the issuer.
/// </summary>
public sealed class JwksKeys(HttpClient http, Func<string> issuer, TimeProvider time)
{
    public static readonly TimeSpan RefetchInterval = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private Task<Dictionary<string, JsonWebKey>>? _fetch;
    private DateTimeOffset _fetchedAt;

    /// <summary>The RSA public key named <paramref name="kid"/>, or null when the issuer has none by that name.</summary>
    public async Task<SecurityKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        Task<Dictionary<string, JsonWebKey>> fetch;
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

    private async Task<Dictionary<string, JsonWebKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(issuer().TrimEnd('/') + "/.well-known/jwks.json");
        var set = new JsonWebKeySet(await http.GetStringAsync(url, cancellationToken).ConfigureAwait(false));
        var keys = new Dictionary<string, JsonWebKey>(StringComparer.Ordinal);
        foreach (var jwk in set.Keys)
        {
            if (string.Equals(jwk.Kty, JsonWebAlgorithmsKeyTypes.RSA, StringComparison.Ordinal) && jwk.Kid is { Length: > 0 } kid && jwk.N is { Length: > 0 } && jwk.E is { Length: > 0 })
            {
                keys[kid] = jwk;
            }
        }

        return keys;
    }
}
