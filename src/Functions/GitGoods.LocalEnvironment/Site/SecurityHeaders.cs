using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>
/// The headers the shop's pages carry, as CloudFront's response-headers policy adds them on AWS: locally the SPA talks to
/// its own origin only (<c>/api</c>, <c>/cognito</c>), so scripts, styles and connections are limited to it.
/// Images may also be any https URL (sellers give absolute https image URLs) or <c>data:</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The SPA's Content-Security-Policy: no inline script or style, no framing, no plugins.</summary>
    public const string SpaContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; "
        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Every response of the site: the browser must not guess content types.</summary>
    public static void ApplyNoSniff(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>An HTML page: nosniff, no framing, a referrer policy and the given Content-Security-Policy.</summary>
    public static void ApplyToHtml(HttpResponse response, string contentSecurityPolicy)
    {
        ArgumentNullException.ThrowIfNull(response);
        ApplyNoSniff(response);
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
    }
}
