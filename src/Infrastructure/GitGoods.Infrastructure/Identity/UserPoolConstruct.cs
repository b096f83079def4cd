using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Cognito;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AwsApigatewayv2Authorizers;

using Constructs;

using GitGoods.Identity;

using Accounts = GitGoods.Domain.Accounts;

namespace GitGoods.Infrastructure.Identity;

/// <summary>
/// Who the shop's users are: the Cognito user pool (email sign-in, self sign-up), the groups that add rights
/// (<see cref="Groups"/>), the SPA's app client, and the JWT authorizer that lets API Gateway check their tokens.
/// docs/deploy.md ("Identity") explains each choice.
/// </summary>
public sealed class UserPoolConstruct : Construct
{
    /// <summary>The groups created in the pool; the names are the ones handlers check in <c>cognito:groups</c>.</summary>
    public static readonly IReadOnlyList<string> GroupNames = [Groups.Sellers, Groups.Admins, Groups.Business];

    private readonly Dictionary<string, CfnUserPoolGroup> _groups = new(StringComparer.Ordinal);

    public UserPoolConstruct(Construct scope, string id)
        : base(scope, id)
    {
        UserPool = CreatePool();
        foreach (var group in GroupNames)
        {
            _groups.Add(group, new CfnUserPoolGroup(this, $"Group-{group}", new CfnUserPoolGroupProps
            {
                UserPoolId = UserPool.UserPoolId,
                GroupName = group,
                Description = $"Git Goods '{group}' (see GitGoods.Identity.Groups).",
            }));
        }

        SpaClient = CreateSpaClient(UserPool);

        // Issuer https://cognito-idp.<region>.amazonaws.com/<poolId>, audience the SPA client: API Gateway checks
        // aud for ID tokens and client_id for access tokens.
        ApiAuthorizer = AuthorizerFor(UserPool, SpaClient);
    }

    /// <summary>
    /// A JWT authorizer for <paramref name="pool"/>'s tokens issued to <paramref name="client"/>. One per API: an authorizer
    /// binds to the first API it guards, so the standby's API gets its own for the main region's pool.
    /// </summary>
    public static IHttpRouteAuthorizer AuthorizerFor(IUserPool pool, IUserPoolClient client) =>
        new HttpUserPoolAuthorizer("SignedIn", pool, new HttpUserPoolAuthorizerProps
        {
            UserPoolClients = [client],
            AuthorizerName = "cognito-signed-in",
            // The pool's own region: the issuer names it, and a standby's API sits in another region.
            UserPoolRegion = Amazon.CDK.Stack.Of(pool).Region,
        });

    public UserPool UserPool { get; }

    public UserPoolClient SpaClient { get; }

    /// <summary>The JWT authorizer for every route that needs a signed-in caller.</summary>
    public IHttpRouteAuthorizer ApiAuthorizer { get; }

    /// <summary>The provider name an identity pool uses for this pool and client: <c>cognito-idp.&lt;region&gt;.amazonaws.com/&lt;poolId&gt;:&lt;clientId&gt;</c>.</summary>
    public string IdentityProviderWithClient => $"{UserPool.UserPoolProviderName}:{SpaClient.UserPoolClientId}";

    /// <summary>
    /// Makes members of <paramref name="group"/> get <paramref name="role"/> from the identity pool: Cognito puts the
    /// group's role in the ID token's <c>cognito:roles</c> / <c>cognito:preferred_role</c>.
    /// </summary>
    /// <exception cref="ArgumentException">When the group is not one of <see cref="GroupNames"/>.</exception>
    public void AssignGroupRole(string group, IRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (!_groups.TryGetValue(group, out var cfnGroup))
        {
            throw new ArgumentException($"No group '{group}' in the user pool.", nameof(group));
        }

        cfnGroup.RoleArn = role.RoleArn;
    }

    private UserPool CreatePool() =>
        new(this, "UserPool", new UserPoolProps
        {
            SelfSignUpEnabled = true,
            // Email is the username: no separate user name to remember, and one account per address.
            SignInAliases = new SignInAliases { Email = true },
            SignInCaseSensitive = false,
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            UserVerification = new UserVerificationConfig
            {
                EmailStyle = VerificationEmailStyle.CODE,
                EmailSubject = "Your Git Goods verification code",
                EmailBody = "Welcome to Git Goods. Your verification code is {####}.",
            },
            StandardAttributes = new StandardAttributes
            {
                Email = new StandardAttribute { Required = true, Mutable = true },
                Fullname = new StandardAttribute { Required = true, Mutable = true },
                PhoneNumber = new StandardAttribute { Required = false, Mutable = true },
                Address = new StandardAttribute { Required = false, Mutable = true },
            },
            // Stronger than Cognito's default (8): the shop's one policy, which the local provider and the SPA share.
            PasswordPolicy = new PasswordPolicy
            {
                MinLength = Accounts.PasswordPolicy.MinimumLength,
                RequireLowercase = Accounts.PasswordPolicy.RequireLowercase,
                RequireUppercase = Accounts.PasswordPolicy.RequireUppercase,
                RequireDigits = Accounts.PasswordPolicy.RequireDigits,
                RequireSymbols = Accounts.PasswordPolicy.RequireSymbols,
                TempPasswordValidity = Duration.Days(3),
            },
            // Phone numbers are optional and unverified, so they cannot be a recovery channel (and SMS costs money).
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            // Optional TOTP: sellers and admins should turn it on; forcing it on shoppers would cost sign-ups. No SMS MFA.
            Mfa = Mfa.OPTIONAL,
            MfaSecondFactor = new MfaSecondFactor { Otp = true, Sms = false },
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

    private static UserPoolClient CreateSpaClient(UserPool pool) =>
        pool.AddClient("SpaClient", new UserPoolClientOptions
        {
            // A browser cannot keep a secret.
            GenerateSecret = false,
            AuthFlows = new AuthFlow { UserPassword = true, UserSrp = true },
            // No hosted UI yet: without this the L2 enables the OAuth code and implicit flows with a placeholder callback.
            DisableOAuth = true,
            PreventUserExistenceErrors = true,
            IdTokenValidity = Duration.Hours(1),
            AccessTokenValidity = Duration.Hours(1),
            RefreshTokenValidity = Duration.Days(30),
            EnableTokenRevocation = true,
        });
}
