using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GitGoods.LocalEnvironment.Identity;

/// <summary>
/// The stack's base URL (its first listening address, e.g. <c>http://localhost:5080</c>), read once Kestrel is
/// bound. Token issuers name it, so the issuer is the same whichever loopback alias a client used.
/// </summary>
public sealed class StackAddress(IServer server)
{
    private string? _baseUrl;

    public string BaseUrl => _baseUrl ??= server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
        ?? throw new InvalidOperationException("The stack is not listening yet.");

    public string Issuer => UserPool.IssuerFor(BaseUrl);
}
