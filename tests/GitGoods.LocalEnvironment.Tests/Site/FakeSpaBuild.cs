namespace GitGoods.LocalEnvironment.Tests.Site;

/// <summary>What <c>npm run build</c> leaves in src/Web/dist, in miniature: index.html and content-hashed files under assets/.</summary>
internal static class FakeSpaBuild
{
    public const string IndexMarker = "<div id=\"root\" data-fake-spa=\"1\"></div>";
    public const string Script = "assets/index-3f9a1c2b.js";
    public const string ScriptBody = "console.log('fake spa');";

    /// <summary>Written once per test run; the stack that serves it lives as long as the test assembly.</summary>
    public static string Directory { get; } = Create();

    private static string Create()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("gitgoods-web-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"),
            $"<!doctype html><html><head><script type=\"module\" src=\"/{Script}\"></script></head><body>{IndexMarker}</body></html>");
        File.WriteAllText(Path.Combine(root, Script), ScriptBody);
        File.WriteAllText(Path.Combine(root, "robots.txt"), "User-agent: *\n");
        return root;
    }
}
