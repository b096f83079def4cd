namespace GitGoods.LocalEnvironment.Identity;

/// <summary>
/// The local user pool's fixed, documented names (docs/local-environment.md). They are shaped like real Cognito ids so
/// client code that parses them (the region prefix of a pool id) works unchanged.
/// </summary>
public static class UserPool
{
    public const string Id = "ap-southeast-1_GitGoodsLocal";

    /// <summary>The pool's region (its id's prefix): SigV4-signed Admin* requests are scoped to it.</summary>
    public const string Region = "ap-southeast-1";

    /// <summary>The SPA's app client: 26 lower-case letters and digits, like Cognito's; no secret.</summary>
    public const string ClientId = "gitgoodslocalspaclient0001";

    public const string Scope = "aws.cognito.signin.user.admin";

    /// <summary>Access and id tokens live an hour, as Cognito's default.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    /// <summary>Refresh tokens live 30 days, as Cognito's default.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(30);

    /// <summary>The groups the pool has (Cognito's CreateGroup is not emulated: these exist from the start).</summary>
    public static readonly IReadOnlySet<string> Groups = new HashSet<string>(StringComparer.Ordinal)
    {
        GitGoods.Identity.Groups.Sellers, GitGoods.Identity.Groups.Admins, GitGoods.Identity.Groups.Business,
    };

    /// <summary><c>&lt;stack base url&gt;/cognito/&lt;pool id&gt;</c>, as Cognito's <c>https://cognito-idp.&lt;region&gt;.amazonaws.com/&lt;pool id&gt;</c>.</summary>
    public static string IssuerFor(string stackBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(stackBaseUrl);
        return stackBaseUrl.TrimEnd('/') + "/cognito/" + Id;
    }
}
