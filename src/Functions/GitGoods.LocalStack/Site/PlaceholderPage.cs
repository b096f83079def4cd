namespace GitGoods.LocalStack.Site;

/// <summary>The home page until the SPA is served from the same origin: self-contained, no external assets.</summary>
internal static class PlaceholderPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Git Goods — local stack</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1d1d1f; }
        h1 { margin-bottom: .25rem; } code { background: #f2f2f2; padding: .1rem .3rem; border-radius: 3px; }
        li { margin: .4rem 0; }
        </style>
        </head>
        <body>
        <h1>Git Goods</h1>
        <p>The local stack is running. The shop's web app (SPA) arrives in a later release; until then, try the API:</p>
        <ul>
        <li><a href="/api/products">/api/products</a> — a page of games (<code>?limit=5</code>, then follow <code>nextCursor</code>)</li>
        <li><a href="/api/platforms">/api/platforms</a> — platforms with their game counts</li>
        <li><a href="/api/health">/api/health</a> — is the API up?</li>
        <li><a href="/config.json">/config.json</a> — the runtime configuration the SPA will read</li>
        </ul>
        </body>
        </html>
        """;
}
