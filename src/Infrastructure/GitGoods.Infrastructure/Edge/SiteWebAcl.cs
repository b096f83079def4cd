using Amazon.CDK.AWS.WAFv2;

using Constructs;

using static Amazon.CDK.AWS.WAFv2.CfnWebACL;

namespace GitGoods.Infrastructure.Edge;

/// <summary>
/// The site's WAF web ACL (scope CLOUDFRONT, so it must be created in us-east-1): AWS managed rule groups, a per-IP
/// rate limit and a 64 KiB body limit (<see cref="WebAclRules"/>). Requests no rule blocks are allowed. CloudFront
/// forwards up to 64 KB of a body to WAF for inspection (the default is 16 KB), so the body rules see what the API
/// accepts. Refusals answer JSON bodies in the shape of the API's problem details.
/// </summary>
public sealed class SiteWebAcl : Construct
{
    /// <summary>The largest body inspection limit CloudFront allows: 64 KB (65,536 bytes, our 64 KiB).</summary>
    public const string BodyInspectionLimit = "KB_64";

    public const string ThrottledBody =
        """{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Too many requests from your address. Wait a few minutes and try again."}""";

    public const string TooLargeBody =
        """{"type":"about:blank","title":"Content Too Large","status":413,"detail":"The request body is larger than 64 KiB."}""";

    public SiteWebAcl(Construct scope, string id)
        : base(scope, id)
    {
        WebAcl = new CfnWebACL(this, "WebAcl", new CfnWebACLProps
        {
            Scope = "CLOUDFRONT",
            Description = "Git Goods site: managed rule groups, per-IP rate limit, 64 KiB body limit.",
            DefaultAction = new DefaultActionProperty { Allow = new AllowActionProperty() },
            VisibilityConfig = WebAclRules.Visibility("GitGoodsSite"),
            AssociationConfig = new AssociationConfigProperty
            {
                RequestBody = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["CLOUDFRONT"] = new RequestBodyAssociatedResourceTypeConfigProperty { DefaultSizeInspectionLimit = BodyInspectionLimit },
                },
            },
            CustomResponseBodies = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [WebAclRules.ThrottledResponse] = new CustomResponseBodyProperty { ContentType = "APPLICATION_JSON", Content = ThrottledBody },
                [WebAclRules.TooLargeResponse] = new CustomResponseBodyProperty { ContentType = "APPLICATION_JSON", Content = TooLargeBody },
            },
            Rules = WebAclRules.All(),
        });
    }

    public CfnWebACL WebAcl { get; }

    /// <summary>The web ACL's ARN, what CloudFront's <c>WebACLId</c> takes for WAFv2.</summary>
    public string Arn => WebAcl.AttrArn;
}
