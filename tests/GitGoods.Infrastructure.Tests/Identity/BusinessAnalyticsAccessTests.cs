using System.Text.Json;

using Amazon.CDK.Assertions;

using GitGoods.Identity;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Identity;

/// <summary>The identity pool hands AWS credentials to signed-in users: the business group's role, else a role with nothing.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class BusinessAnalyticsAccessTests(SynthesizedGitGoods stack)
{
    private const string IdentityPool = "AWS::Cognito::IdentityPool";
    private const string RoleAttachment = "AWS::Cognito::IdentityPoolRoleAttachment";

    [Fact]
    public void IdentityPool_AdmitsOnlySignedInUsersOfTheSpaClientCheckedServerSide()
    {
        stack.Template.HasResourceProperties(IdentityPool, Props(
            ("AllowUnauthenticatedIdentities", false),
            ("AllowClassicFlow", false),
            ("CognitoIdentityProviders", new object[]
            {
                Props(
                    ("ProviderName", GetAtt(PoolId(), "ProviderName")),
                    ("ClientId", Ref(ClientId())),
                    ("ServerSideTokenCheck", true)),
            })));
        stack.Template.ResourceCountIs(IdentityPool, 1);
    }

    [Fact]
    public void RoleAttachment_TakesTheRoleFromTheTokenAndDeniesWhenAmbiguous()
    {
        stack.Template.HasResourceProperties(RoleAttachment, Props(
            ("IdentityPoolId", Ref(IdentityPoolId())),
            ("RoleMappings", Props(("userPool", Props(
                ("Type", "Token"),
                ("AmbiguousRoleResolution", "Deny"),
                ("IdentityProvider", Props(("Fn::Join", new object[]
                {
                    "", new object[] { GetAtt(PoolId(), "ProviderName"), ":", Ref(ClientId()) },
                }))))))),
            ("Roles", Props(("authenticated", GetAtt(DefaultRoleId(), "Arn")), ("unauthenticated", Match.Absent())))));
    }

    [Fact]
    public void BusinessGroup_NamesTheBusinessRoleAndNoOtherGroupHasOne()
    {
        stack.Template.HasResourceProperties("AWS::Cognito::UserPoolGroup", Props(
            ("GroupName", Groups.Business),
            ("RoleArn", GetAtt(BusinessRoleId(), "Arn"))));

        var groupsWithRoles = stack.Resources("AWS::Cognito::UserPoolGroup").Values
            .Select(g => g.GetProperty("Properties"))
            .Where(p => p.TryGetProperty("RoleArn", out _))
            .Select(p => p.GetProperty("GroupName").GetString());
        groupsWithRoles.Should().Equal(Groups.Business);
    }

    [Theory]
    [InlineData("BusinessRole")]
    [InlineData("DefaultAuthenticatedRole")]
    public void Role_TrustsOnlyAuthenticatedIdentitiesOfThisIdentityPool(string role)
    {
        var trust = Props(
            ("Version", "2012-10-17"),
            ("Statement", new object[]
            {
                Props(
                    ("Effect", "Allow"),
                    ("Principal", Props(("Federated", "cognito-identity.amazonaws.com"))),
                    ("Action", "sts:AssumeRoleWithWebIdentity"),
                    ("Condition", Props(
                        ("StringEquals", Props(("cognito-identity.amazonaws.com:aud", Ref(IdentityPoolId())))),
                        ("ForAnyValue:StringLike", Props(("cognito-identity.amazonaws.com:amr", "authenticated")))))),
            }));

        var trusting = stack.Template.FindResources("AWS::IAM::Role", Props(("Properties", Props(("AssumeRolePolicyDocument", trust)))));

        trusting.Keys.Should().Contain(RoleId($"BusinessAnalytics{role}"));
    }

    [Fact]
    public void DefaultAuthenticatedRole_HasNoPermissionsAtAll()
    {
        var roleId = DefaultRoleId();
        var role = stack.Resources("AWS::IAM::Role")[roleId].GetProperty("Properties");

        role.TryGetProperty("Policies", out _).Should().BeFalse("no inline policies");
        role.TryGetProperty("ManagedPolicyArns", out _).Should().BeFalse("no managed policies");
        PoliciesAttachedTo("AWS::IAM::Policy", roleId).Should().BeEmpty();
        PoliciesAttachedTo("AWS::IAM::ManagedPolicy", roleId).Should().BeEmpty();
    }

    [Fact]
    public void Stack_OutputsTheIdentityPoolId()
    {
        stack.Template.HasOutput("IdentityPoolId", Props(("Value", Ref(IdentityPoolId()))));
    }

    private IEnumerable<string> PoliciesAttachedTo(string type, string roleId) =>
        stack.Resources(type)
            .Where(p => p.Value.GetProperty("Properties").TryGetProperty("Roles", out var roles)
                && roles.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.Object
                    && string.Equals(r.GetProperty("Ref").GetString(), roleId, StringComparison.Ordinal)))
            .Select(p => p.Key);

    private string PoolId() => stack.Resources("AWS::Cognito::UserPool").Keys.Single();

    private string ClientId() => stack.Resources("AWS::Cognito::UserPoolClient").Keys.Single();

    private string IdentityPoolId() => stack.Resources(IdentityPool).Keys.Single();

    private string BusinessRoleId() => RoleId("BusinessAnalyticsBusinessRole");

    private string DefaultRoleId() => RoleId("BusinessAnalyticsDefaultAuthenticatedRole");

    /// <summary>The role the identity pool construct made, found by its path-derived logical id.</summary>
    private string RoleId(string prefix) =>
        stack.Resources("AWS::IAM::Role").Keys.Single(k => k.StartsWith(prefix, StringComparison.Ordinal));
}
