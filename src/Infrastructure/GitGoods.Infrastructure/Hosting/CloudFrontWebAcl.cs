using Amazon.CDK;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>What CloudFront accepts as its web ACL: a WAFv2 web ACL of scope CLOUDFRONT, which only exists in us-east-1.</summary>
internal static class CloudFrontWebAcl
{
    /// <exception cref="ArgumentException">When a concrete ARN is not a WAFv2 web ACL of scope CLOUDFRONT (global, us-east-1).</exception>
    public static string Require(string arn)
    {
        if (Token.IsUnresolved(arn))
        {
            return arn;
        }

        if (!arn.StartsWith($"arn:aws:wafv2:{DeploymentTarget.EdgeRegion}:", StringComparison.Ordinal) || !arn.Contains(":global/webacl/", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{arn}' is not the ARN of a CloudFront-scope WAF web ACL (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>); "
                + "CloudFront takes only web ACLs created with scope CLOUDFRONT in us-east-1.", nameof(arn));
        }

        return arn;
    }
}
