using Amazon.CDK.Assertions;

using GitGoods.Identity;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Identity;

[Collection(SharedSynthesis.Name)]
public sealed class UserPoolConstructTests(SynthesizedGitGoods stack)
{
    private const string UserPool = "AWS::Cognito::UserPool";
    private const string Client = "AWS::Cognito::UserPoolClient";

    [Fact]
    public void UserPool_RequiresTwelveCharacterPasswordsWithAllCharacterClasses()
    {
        stack.Template.HasResourceProperties(UserPool, Props(
            ("Policies", Props(("PasswordPolicy", Match.ObjectLike(Props(
                ("MinimumLength", 12),
                ("RequireLowercase", true),
                ("RequireUppercase", true),
                ("RequireNumbers", true),
                ("RequireSymbols", true))))))));
    }

    [Fact]
    public void UserPool_SignsInByEmailWithSelfSignUpAndVerifiesTheEmail()
    {
        stack.Template.HasResourceProperties(UserPool, Props(
            ("UsernameAttributes", new object[] { "email" }),
            ("UsernameConfiguration", Props(("CaseSensitive", false))),
            ("AdminCreateUserConfig", Props(("AllowAdminCreateUserOnly", false))),
            ("AutoVerifiedAttributes", new object[] { "email" }),
            ("VerificationMessageTemplate", Match.ObjectLike(Props(
                ("DefaultEmailOption", "CONFIRM_WITH_CODE"),
                ("EmailMessage", Match.StringLikeRegexp("\\{####\\}")))))));
    }

    [Fact]
    public void UserPool_RequiresEmailAndNameAndOffersPhoneAndAddress()
    {
        stack.Template.HasResourceProperties(UserPool, Props(
            ("Schema", Match.ArrayEquals(
            [
                Attribute("address", required: false),
                Attribute("email", required: true),
                Attribute("name", required: true),
                Attribute("phone_number", required: false),
            ]))));
    }

    [Fact]
    public void UserPool_RecoversByEmailOnlyAndOffersTotpMfa()
    {
        stack.Template.HasResourceProperties(UserPool, Props(
            ("AccountRecoverySetting", Props(("RecoveryMechanisms", new object[] { Props(("Name", "verified_email"), ("Priority", 1)) }))),
            ("MfaConfiguration", "OPTIONAL"),
            ("EnabledMfas", new object[] { "SOFTWARE_TOKEN_MFA" })));
    }

    [Fact]
    public void UserPool_IsRetainedAndDeletionProtected()
    {
        stack.Template.HasResource(UserPool, Props(
            ("DeletionPolicy", "Retain"),
            ("UpdateReplacePolicy", "Retain"),
            ("Properties", Match.ObjectLike(Props(("DeletionProtection", "ACTIVE"))))));
        stack.Template.ResourceCountIs(UserPool, 1);
    }

    /// <summary>Every constant of <see cref="Groups"/>: a group the handlers know must exist in the pool.</summary>
    public static TheoryData<string> KnownGroups =>
    [
        .. typeof(Groups).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Theory]
    [MemberData(nameof(KnownGroups))]
    public void UserPool_HasTheGroup(string group)
    {
        stack.Template.HasResourceProperties("AWS::Cognito::UserPoolGroup", Props(
            ("GroupName", group),
            ("UserPoolId", Ref(PoolId()))));
    }

    [Fact]
    public void UserPool_HasOnlyTheKnownGroups()
    {
        KnownGroups.Should().HaveCount(3, "sellers, admins, business");
        stack.Template.ResourceCountIs("AWS::Cognito::UserPoolGroup", KnownGroups.Count);
    }

    [Fact]
    public void AssigningARoleToAnUnknownGroup_Throws()
    {
        var assign = () => stack.Stack.Users.AssignGroupRole("shoppers", stack.Stack.BusinessAnalytics!.BusinessRole);

        assign.Should().Throw<ArgumentException>().WithMessage("*shoppers*");
    }

    [Fact]
    public void SpaClient_HasNoSecretAndSignsInWithPasswordOrSrpAndRefreshes()
    {
        stack.Template.HasResourceProperties(Client, Props(
            ("UserPoolId", Ref(PoolId())),
            ("GenerateSecret", false),
            ("ExplicitAuthFlows", Match.ArrayEquals(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])),
            ("PreventUserExistenceErrors", "ENABLED"),
            ("EnableTokenRevocation", true),
            ("AllowedOAuthFlowsUserPoolClient", false)));
        stack.Template.ResourceCountIs(Client, 1);
    }

    [Fact]
    public void SpaClient_TokensLastAnHourAndRefreshThirtyDays()
    {
        stack.Template.HasResourceProperties(Client, Props(
            ("IdTokenValidity", 60),
            ("AccessTokenValidity", 60),
            ("RefreshTokenValidity", 30 * 24 * 60),
            ("TokenValidityUnits", Props(("IdToken", "minutes"), ("AccessToken", "minutes"), ("RefreshToken", "minutes")))));
    }

    [Fact]
    public void Stack_OutputsThePoolAndClientIds()
    {
        stack.Template.HasOutput("UserPoolId", Props(("Value", Ref(PoolId()))));
        stack.Template.HasOutput("UserPoolClientId", Props(("Value", Ref(stack.Resources(Client).Keys.Single()))));
    }

    private string PoolId() => stack.Resources(UserPool).Keys.Single();

    private static Dictionary<string, object> Attribute(string name, bool required) =>
        Props(("Name", name), ("Required", required), ("Mutable", true));
}
