using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>The home page while the SPA is not built: says how to build it, links to the API; self-contained, no external assets.</summary>
internal static class PlaceholderPage
{
    public const string BuildCommand = "npm --prefix src/Web run build";

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1d1d1f; }
        h1 { margin-bottom: .25rem; } code { background: #f2f2f2; padding: .1rem .3rem; border-radius: 3px; }
        li { margin: .4rem 0; }
        """;

    /// <summary>Allows exactly the page's own inline style (by hash) and nothing else.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Html(string webRoot) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Git Goods — local environment</title>
        <style>{{Style}}</style>
        </head>
        <body>
        <h1>Git Goods</h1>
        <p>The local environment is running, but the shop's web app (SPA) is not built: there is no <code>index.html</code> in
        <code>{{WebUtility.HtmlEncode(webRoot)}}</code>.</p>
        <p>Build it with <code>{{BuildCommand}}</code> (or start the stack with <code>./scripts/run.sh</code>, which builds it),
        then reload this page. Until then, try the API:</p>
        <ul>
        <li><a href="/api/products">/api/products</a> — a page of games (<code>?limit=5</code>, then follow <code>nextCursor</code>)</li>
        <li><a href="/api/platforms">/api/platforms</a> — platforms with their game counts</li>
        <li><a href="/api/health">/api/health</a> — is the API up?</li>
        <li><a href="/config.json">/config.json</a> — the runtime configuration the SPA reads</li>
        </ul>
        </body>
        </html>
        """;
}
