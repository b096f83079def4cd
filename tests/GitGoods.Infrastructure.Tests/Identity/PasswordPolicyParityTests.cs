using Amazon.CDK.Assertions;
using GitGoods.TestSupport;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Identity;

/// <summary>The user pool in the synthesized template has the policy of tests/password-policy-cases.json (the SPA's and the local provider's).</summary>
[Collection(SharedSynthesis.Name)]
public sealed class PasswordPolicyParityTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void UserPoolPolicy_IsTheSharedTablesPolicy()
    {
        var policy = PasswordPolicyCases.Policy;

        stack.Template.HasResourceProperties("AWS::Cognito::UserPool", Props(
            ("Policies", Props(("PasswordPolicy", Match.ObjectLike(Props(
                ("MinimumLength", policy["minimumLength"]!.GetValue<int>()),
                ("RequireUppercase", policy["requireUppercase"]!.GetValue<bool>()),
                ("RequireLowercase", policy["requireLowercase"]!.GetValue<bool>()),
                ("RequireNumbers", policy["requireDigits"]!.GetValue<bool>()),
                ("RequireSymbols", policy["requireSymbols"]!.GetValue<bool>()))))))));
    }
}
