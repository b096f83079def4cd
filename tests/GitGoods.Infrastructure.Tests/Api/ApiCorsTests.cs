using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.Apigatewayv2;

using GitGoods.Infrastructure.Api;
using GitGoods.Infrastructure.Hosting;
using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Api;

/// <summary>With a custom site domain, CORS names exactly that origin and the methods the manifest's routes use.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class ApiCorsTests(SynthesizedGitGoodsWithOptions app)
{
    [Fact]
    public void Api_WithACustomSiteDomain_AllowsExactlyTheSiteOrigin_TheManifestsMethods_AndTheSpaHeaders()
    {
        // Computed here from the manifest independently of ApiCors, so a hard-coded list in the app would fail.
        string[] manifestMethods = [.. FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>().Select(r => r.Method).Distinct().Order(StringComparer.Ordinal)];

        app.Template.HasResourceProperties("AWS::ApiGatewayV2::Api", Props(("CorsConfiguration", Match.ObjectEquals(Props(
            ("AllowOrigins", new object[] { "https://" + SynthesizedGitGoodsWithOptions.SiteDomainName }),
            ("AllowMethods", manifestMethods),
            ("AllowHeaders", new object[] { "authorization", "content-type", "idempotency-key", "x-cart-id", "if-match", "x-admission-token", "x-position-token" }),
            ("ExposeHeaders", new object[] { "x-request-id", "x-cart-id", "location", "etag", "retry-after" }),
            ("AllowCredentials", false),
            ("MaxAge", 3600))))));
        manifestMethods.Should().BeEquivalentTo(["DELETE", "GET", "PATCH", "POST", "PUT"], "today's routes use these five");
    }

    [Fact]
    public void Methods_AreTheDistinctMethodsOfTheHttpRoutes_AndNothingElse()
    {
        FunctionDefinition[] functions =
        [
            Route("A", "GET"), Route("B", "get"), Route("C", "PATCH"),
            new("Step", new WorkflowStepTrigger(), DataAccess.None, static _ => throw new InvalidOperationException("Not invoked.")),
        ];

        ApiCors.MethodsOf(functions).Should().Equal(CorsHttpMethod.GET, CorsHttpMethod.PATCH);
    }

    [Fact]
    public void NoCustomDomain_MeansNoCorsPolicy()
    {
        ApiCors.ForSite(domain: null, FunctionManifest.All).Should().BeNull();
        ApiCors.ForSite(new SiteDomain("Shop.Example.com", SynthesizedGitGoodsWithOptions.SiteCertificateArn), FunctionManifest.All)!
            .AllowOrigin.Should().Be("https://shop.example.com");
    }

    private static FunctionDefinition Route(string name, string method) =>
        new(name, new HttpRouteTrigger(method, "/api/" + name, RouteAccess.Public), DataAccess.None, static _ => throw new InvalidOperationException("Not invoked."));
}
