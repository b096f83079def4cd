using System.Text.RegularExpressions;

using Amazon.CDK;

using Constructs;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// The site's own domain name (CDK context <c>siteDomainName</c>) and its ACM certificate (<c>siteCertificateArn</c>,
/// which CloudFront requires in us-east-1). Both or neither: without them the site is the distribution's
/// <c>*.cloudfront.net</c> name. The DNS record pointing the name at the distribution is made outside the stack.
/// </summary>
public sealed partial record SiteDomain
{
    public const string DomainContextKey = "siteDomainName";
    public const string CertificateContextKey = "siteCertificateArn";

    /// <exception cref="ArgumentException">When the name is not a host name or the certificate is not an ACM certificate in us-east-1.</exception>
    public SiteDomain(string domainName, string certificateArn)
    {
        ArgumentNullException.ThrowIfNull(domainName);
        ArgumentNullException.ThrowIfNull(certificateArn);
        DomainName = HostName().IsMatch(domainName) && domainName.Length <= 253
            ? domainName.ToLowerInvariant()
            : throw new ArgumentException($"'{domainName}' is not a host name such as shop.example.com (no scheme, path or wildcard).", nameof(domainName));
        if (!Token.IsUnresolved(certificateArn) && !certificateArn.StartsWith($"arn:aws:acm:{DeploymentTarget.EdgeRegion}:", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{certificateArn}' is not an ACM certificate in {DeploymentTarget.EdgeRegion} (arn:aws:acm:us-east-1:<account>:certificate/<id>); "
                + "CloudFront takes viewer certificates from us-east-1 only.", nameof(certificateArn));
        }

        CertificateArn = certificateArn;
    }

    public string DomainName { get; }

    public string CertificateArn { get; }

    /// <summary>The site's web origin, e.g. <c>https://shop.example.com</c>.</summary>
    public string Origin => "https://" + DomainName;

    /// <summary>The domain from the CDK context, or null when none is configured.</summary>
    /// <exception cref="ArgumentException">When only one of the two keys is given.</exception>
    public static SiteDomain? FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var domain = CdkContext.String(node, DomainContextKey);
        var certificate = CdkContext.String(node, CertificateContextKey);
        return (domain, certificate) switch
        {
            (null, null) => null,
            ({ } name, { } arn) => new SiteDomain(name, arn),
            _ => throw new ArgumentException(
                $"CDK context '{DomainContextKey}' and '{CertificateContextKey}' go together: give both (a custom domain) or neither.", nameof(node)),
        };
    }

    [GeneratedRegex("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex HostName();
}
