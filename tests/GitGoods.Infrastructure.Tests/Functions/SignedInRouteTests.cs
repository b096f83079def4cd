using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.AwsApigatewayv2Authorizers;

using GitGoods.Manifest;
using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Data;
using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Security;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>ManifestFunctions refuses to leave a token route open, and puts the given authorizer on it (any authorizer: see Identity/ApiAuthorizerTests for the Cognito one).</summary>
public sealed class SignedInRouteTests : IDisposable
{
    private static readonly FunctionDefinition ViewCart = new(
        "ViewCart",
        new HttpRouteTrigger("GET", "/api/cart", RouteAccess.SignedIn),
        DataAccess.ReadTable,
        static _ => throw new InvalidOperationException("Not invoked by CDK tests."));

    private readonly TempBootstrap _bootstrap = new();

    [Fact]
    public void SignedInRoute_WithoutAuthorizer_FailsSynthNamingTheRoute()
    {
        var build = () => Build(authorizer: null);

        build.Should().Throw<InvalidOperationException>()
            .WithMessage("*signed-in*GET /api/cart (ViewCart)*");
    }

    [Fact]
    public void SignedInRoute_WithAuthorizer_IsGuardedByIt()
    {
        var stack = Build(new HttpJwtAuthorizer("Jwt", "https://issuer.example.com", new HttpJwtAuthorizerProps
        {
            JwtAudience = ["gitgoods-spa"],
        }));

        Template.FromStack(stack).HasResourceProperties("AWS::ApiGatewayV2::Route", Props(
            ("RouteKey", "GET /api/cart"),
            ("AuthorizationType", "JWT"),
            ("AuthorizerId", Match.AnyValue())));
    }

    public void Dispose() => _bootstrap.Dispose();

    private Stack Build(Amazon.CDK.AWS.Apigatewayv2.IHttpRouteAuthorizer? authorizer)
    {
        var app = CdkTestApp.Create(_bootstrap.Directory);
        var stack = new Stack(app, "SignedIn");
        var table = new ShopTableConstruct(stack, "Data");
        var api = new HttpApiConstruct(stack, "Api", new HttpApiOptions());
        _ = new ManifestFunctions(stack, "Functions", new ManifestFunctionsOptions
        {
            Functions = [ViewCart],
            Code = BootstrapAsset.FromContext(stack.Node).Code,
            Table = table.Table,
            Api = api.Api,
            SignedInAuthorizer = authorizer,
            OriginVerification = OriginVerification.FromContext(stack.Node),
        });
        return stack;
    }
}
