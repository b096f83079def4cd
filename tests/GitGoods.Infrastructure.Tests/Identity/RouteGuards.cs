using Amazon.CDK.Assertions;

using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Identity;

/// <summary>What API Gateway must check on a route, asserted on any template that holds a user pool and routes.</summary>
internal static class RouteGuards
{
    private const string Route = "AWS::ApiGatewayV2::Route";
    private const string Authorizer = "AWS::ApiGatewayV2::Authorizer";

    /// <summary>
    /// A token route carries the JWT authorizer whose issuer is the user pool and whose audience is the SPA client;
    /// a public route carries no authorizer at all.
    /// </summary>
    /// <param name="region">The stack's region when it has one; null for an environment-agnostic stack.</param>
    public static void AssertGuardedAsTheManifestSays(Template template, HttpRouteTrigger route, string? region = null)
    {
        if (route.RequiresToken)
        {
            template.HasResourceProperties(Route, Props(
                ("RouteKey", route.RouteKey),
                ("AuthorizationType", "JWT"),
                ("AuthorizerId", Ref(CognitoAuthorizerId(template, region)))));
        }
        else
        {
            template.HasResourceProperties(Route, Props(
                ("RouteKey", route.RouteKey),
                ("AuthorizationType", "NONE"),
                ("AuthorizerId", Match.Absent())));
        }
    }

    /// <summary>The logical id of the one JWT authorizer that checks tokens of the pool's SPA client.</summary>
    /// <param name="region">The stack's region when it has one; null for an environment-agnostic stack.</param>
    public static string CognitoAuthorizerId(Template template, string? region = null)
    {
        var pool = template.FindResources("AWS::Cognito::UserPool").Keys.Single();
        var client = template.FindResources("AWS::Cognito::UserPoolClient").Keys.Single();

        var issuer = Props(("Fn::Join", new object[]
        {
            "",
            region is null
                ? new object[] { "https://cognito-idp.", Ref("AWS::Region"), ".amazonaws.com/", Ref(pool) }
                : new object[] { $"https://cognito-idp.{region}.amazonaws.com/", Ref(pool) },
        }));
        var properties = Props(
            ("AuthorizerType", "JWT"),
            ("IdentitySource", new object[] { "$request.header.Authorization" }),
            ("JwtConfiguration", Props(("Audience", new object[] { Ref(client) }), ("Issuer", issuer))));
        var matching = template.FindResources(Authorizer, Props(("Properties", Match.ObjectLike(properties))));

        matching.Keys.Should().ContainSingle("one JWT authorizer with issuer = the user pool and audience = the SPA client guards signed-in routes");
        return matching.Keys.Single();
    }
}
