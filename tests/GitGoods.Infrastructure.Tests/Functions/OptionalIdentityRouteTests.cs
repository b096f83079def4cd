using Amazon.CDK.Assertions;

using GitGoods.Manifest;
using GitGoods.Composition;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>Functions on OptionalIdentity routes (the cart) verify tokens themselves: they get the pool's issuer and client, others do not.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class OptionalIdentityRouteTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> ManifestNames => [.. FunctionManifest.All.Where(f => f.Trigger is HttpRouteTrigger).Select(f => f.Name)];

    [Fact]
    public void Manifest_HasOptionalIdentityRoutes()
    {
        FunctionManifest.All.Select(f => (f.Trigger as HttpRouteTrigger)?.Access).Should().Contain(RouteAccess.OptionalIdentity);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_GetsIssuerAndClientOnlyWhenItVerifiesTokensItself(string name)
    {
        var optional = FunctionManifest.Find(name)!.Trigger is HttpRouteTrigger { Access: RouteAccess.OptionalIdentity };
        var pool = stack.Resources("AWS::Cognito::UserPool").Keys.Single();
        var client = stack.Resources("AWS::Cognito::UserPoolClient").Keys.Single();

        // In the template that holds the function (a nested stack would receive the pool's values as parameters).
        stack.TemplateOf(name).Template.HasResourceProperties("AWS::Lambda::Function", Props(
            ("Handler", name),
            ("Environment", Props(("Variables", Match.ObjectLike(Props(
                (FunctionSettings.CognitoIssuerVariable, optional
                    ? Props(("Fn::Join", new object[] { "", new object[] { "https://", GetAtt(pool, "ProviderURL") } }))
                    : Match.Absent()),
                (FunctionSettings.CognitoClientIdVariable, optional ? Ref(client) : Match.Absent()))))))));
    }
}
