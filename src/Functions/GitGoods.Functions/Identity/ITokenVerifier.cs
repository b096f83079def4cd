namespace GitGoods.Identity;

/// <summary>
/// Verifies a bearer token by the rules of API Gateway's JWT authorizer, for routes that accept a token without
/// requiring one (<see cref="Manifest.RouteAccess.OptionalIdentity"/>).
/// </summary>
public interface ITokenVerifier
{
    /// <summary>The verified claims formatted as the JWT authorizer hands them over (every value a string), or null when refused.</summary>
    Task<IDictionary<string, string>?> VerifyAsync(string token, CancellationToken cancellationToken);
}
