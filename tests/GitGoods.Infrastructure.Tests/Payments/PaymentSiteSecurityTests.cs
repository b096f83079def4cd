using GitGoods.Infrastructure.Hosting;

namespace GitGoods.Infrastructure.Tests.Payments;

/// <summary>The site's Content-Security-Policy lets Stripe's card field in only when checkout uses it.</summary>
[Collection(StripeSynthesisCollection.Name)]
public sealed class PaymentSiteSecurityTests(StripeSynthesis stripe)
{
    [Fact]
    public void WithStripe_TheCspAllowsStripeJsItsFramesAndItsApi()
    {
        var policy = stripe.Synthesized.Stack.Web!.SecurityHeaders.ContentSecurityPolicy;

        policy.Should().Contain("script-src 'self' https://js.stripe.com;")
            .And.Contain("frame-src https://js.stripe.com https://hooks.stripe.com;")
            .And.MatchRegex("connect-src 'self' (\\S+ )+https://api.stripe.com;")
            .And.Contain("frame-ancestors 'none'");
        // In the template the value is a Fn::Join (it holds the region): check the deployed policy carries the Stripe origins.
        var deployed = stripe.Synthesized.Resources("AWS::CloudFront::ResponseHeadersPolicy").Values.Should().ContainSingle().Subject
            .GetProperty("Properties").GetProperty("ResponseHeadersPolicyConfig").GetProperty("SecurityHeadersConfig")
            .GetProperty("ContentSecurityPolicy").GetProperty("ContentSecurityPolicy").GetRawText();
        deployed.Should().Contain("script-src 'self' https://js.stripe.com;").And.Contain("https://api.stripe.com;");
    }

    [Fact]
    public void WithTheSimulator_TheCspNamesNoStripeOrigin()
    {
        var csp = SiteSecurityHeaders.ContentSecurityPolicyFor("https://cognito-idp.ap-southeast-1.amazonaws.com");

        csp.Should().NotContain("stripe").And.NotContain("frame-src").And.Contain("script-src 'self';");
    }
}
