using Amazon.CDK.AWS.Cognito;
using Amazon.CDK.AWS.IAM;

using Constructs;

using GitGoods.Identity;
using GitGoods.Infrastructure.Analytics;

namespace GitGoods.Infrastructure.Identity;

/// <summary>
/// Temporary AWS credentials for the business team, and for nobody else: a Cognito identity pool trusting the
/// user pool's SPA client, a role for the <c>business</c> group that may only query the analytics store, and a
/// default authenticated role with no permissions at all. See docs/decisions/0005-business-analytics-access.md.
/// </summary>
public sealed class BusinessAnalyticsAccess : Construct
{
    private const string CognitoIdentity = "cognito-identity.amazonaws.com";

    public BusinessAnalyticsAccess(Construct scope, string id, UserPoolConstruct users, AnalyticsStoreConstruct analytics)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(analytics);

        IdentityPool = new CfnIdentityPool(this, "IdentityPool", new CfnIdentityPoolProps
        {
            AllowUnauthenticatedIdentities = false,
            // Enhanced flow only: the role comes from the role mapping below, never from a role ARN the client names.
            AllowClassicFlow = false,
            CognitoIdentityProviders = new object[]
            {
                new CfnIdentityPool.CognitoIdentityProviderProperty
                {
                    ProviderName = users.UserPool.UserPoolProviderName,
                    ClientId = users.SpaClient.UserPoolClientId,
                    // Cognito checks with the user pool that the token was not revoked or signed out.
                    ServerSideTokenCheck = true,
                },
            },
        });

        DefaultAuthenticatedRole = new Role(this, "DefaultAuthenticatedRole", new RoleProps
        {
            Description = "Git Goods identity pool: signed-in users outside the business group. No permissions on purpose.",
            AssumedBy = AuthenticatedIdentitiesOfThisPool(),
        });

        BusinessRole = new Role(this, "BusinessRole", new RoleProps
        {
            Description = "Git Goods identity pool: the business group. Read-only queries over the analytics store.",
            AssumedBy = AuthenticatedIdentitiesOfThisPool(),
            MaxSessionDuration = Amazon.CDK.Duration.Hours(1),
        });
        analytics.GrantReadOnlyQueries(BusinessRole);
        users.AssignGroupRole(Groups.Business, BusinessRole);

        _ = new CfnIdentityPoolRoleAttachment(this, "Roles", new CfnIdentityPoolRoleAttachmentProps
        {
            IdentityPoolId = IdentityPool.Ref,
            Roles = new Dictionary<string, object>(StringComparer.Ordinal) { ["authenticated"] = DefaultAuthenticatedRole.RoleArn },
            RoleMappings = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                // The key is only a label in CloudFormation; IdentityProvider names the pool and client.
                ["userPool"] = new CfnIdentityPoolRoleAttachment.RoleMappingProperty
                {
                    // Take the role from the ID token's cognito:preferred_role (the business group's RoleArn);
                    // deny when the token names several roles and no preferred one.
                    Type = "Token",
                    AmbiguousRoleResolution = "Deny",
                    IdentityProvider = users.IdentityProviderWithClient,
                },
            },
        });
    }

    public CfnIdentityPool IdentityPool { get; }

    public Role BusinessRole { get; }

    public Role DefaultAuthenticatedRole { get; }

    /// <summary>Only Cognito, only for this identity pool, only for signed-in (never guest) identities.</summary>
    private FederatedPrincipal AuthenticatedIdentitiesOfThisPool() => new(
        CognitoIdentity,
        new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { [$"{CognitoIdentity}:aud"] = IdentityPool.Ref },
            ["ForAnyValue:StringLike"] = new Dictionary<string, object>(StringComparer.Ordinal) { [$"{CognitoIdentity}:amr"] = "authenticated" },
        },
        "sts:AssumeRoleWithWebIdentity");
}
