using Amazon.CDK;
using Amazon.CDK.Assertions;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Identity;
using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure.Tests.Identity;

/// <summary>
/// Every route of the manifest is guarded exactly as its <see cref="RouteAccess"/> says, so a new entry is covered
/// the moment it is added; and the user pool's authorizer checks the pool's issuer and the SPA client.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class ApiAuthorizerTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> ManifestRoutes =>
        [.. FunctionManifest.All.Where(f => f.Trigger is HttpRouteTrigger && !GitGoods.Infrastructure.WaitingRoom.WaitingRoomStack.IsHere(f)).Select(f => f.Name)]; // nested: WaitingRoomStackTests

    [Theory]
    [MemberData(nameof(ManifestRoutes))]
    public void ManifestRoute_HasTheCognitoAuthorizerExactlyWhenItNeedsAToken(string name)
    {
        var route = (HttpRouteTrigger)FunctionManifest.Find(name)!.Trigger;

        RouteGuards.AssertGuardedAsTheManifestSays(stack.Template, route, stack.Stack.Region);
    }

    [Fact]
    public void Api_HasNoAuthorizerOtherThanTheCognitoOne()
    {
        var authorizers = stack.Resources("AWS::ApiGatewayV2::Authorizer").Keys;
        if (FunctionManifest.All.Any(f => f.Trigger is HttpRouteTrigger { RequiresToken: true }))
        {
            authorizers.Should().Equal(RouteGuards.CognitoAuthorizerId(stack.Template, stack.Stack.Region));
        }
        else
        {
            authorizers.Should().BeEmpty("API Gateway only creates an authorizer for the routes that use it");
        }
    }

    [Theory]
    [InlineData(RouteAccess.SignedIn)]
    [InlineData(RouteAccess.Sellers)]
    [InlineData(RouteAccess.Admins)]
    [InlineData(RouteAccess.Public)]
    [InlineData(RouteAccess.OptionalIdentity)]
    public void UserPoolAuthorizer_GuardsEveryTokenRouteAndNoPublicOne(RouteAccess access)
    {
        // Independent of what the manifest holds today: one route of each kind on a bare stack.
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory);
        var bare = new Stack(app, "Guards");
        var users = new UserPoolConstruct(bare, "Identity");
        var route = new HttpRouteTrigger("GET", $"/api/{access.ToString().ToLowerInvariant()}", access);
        _ = new ManifestFunctions(bare, "Functions", new ManifestFunctionsOptions
        {
            Functions = [new FunctionDefinition("Probe", route, DataAccess.None, static _ => throw new InvalidOperationException("Not invoked."))],
            Code = BootstrapAsset.FromContext(bare.Node).Code,
            Table = new ShopTableConstruct(bare, "Data").Table,
            Api = new HttpApiConstruct(bare, "Api", new HttpApiOptions()).Api,
            SignedInAuthorizer = users.ApiAuthorizer,
            TokenIssuer = new TokenIssuerSettings("https://" + users.UserPool.UserPoolProviderUrl, users.SpaClient.UserPoolClientId),
            OriginVerification = OriginVerification.FromContext(bare.Node),
        });

        RouteGuards.AssertGuardedAsTheManifestSays(Template.FromStack(bare), route);
    }
}
