using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using GitGoods.LocalEnvironment.Signing;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// Cognito's Admin* operations are IAM-authorised on AWS: the caller signs the request (SigV4, service
/// <c>cognito-idp</c>, the pool's region). Locally the one IAM identity is the stack's <see cref="AdminCredentials"/>.
/// </summary>
public sealed class AdminSignature(AdminCredentials credentials, TimeProvider time)
{
    public const string Service = "cognito-idp";

    private readonly SigV4Verifier _verifier = new(
        keyId => string.Equals(keyId, credentials.AccessKeyId, StringComparison.Ordinal) ? credentials.SecretAccessKey : null,
        UserPool.Region, Service, time);

    public static bool IsAdminAction(string action) => action.StartsWith("Admin", StringComparison.Ordinal);

    /// <exception cref="CognitoException">When the request is not signed with the admin key (see <see cref="SigV4Verifier"/>).</exception>
    public void Verify(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value + request.QueryString.Value;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? ""))).ToList();
        _verifier.Verify(new SignedRequest(request.Method, query < 0 ? target : target[..query], query < 0 ? "" : target[(query + 1)..], headers, body));
    }
}
