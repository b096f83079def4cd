using System.Globalization;
using System.Net;
using System.Text;

namespace GitGoods.LocalEnvironment.Covers;

/// <summary>
/// Draws a game cover as SVG: a gradient in colours derived from the product id, the title, and a platform badge
/// in the platform's colour. Deterministic and offline, so the demo shop needs no image files.
/// </summary>
public static class CoverSvg
{
    private const int Width = 300;
    private const int Height = 400;

    public static string Render(string productId, string title, string platform)
    {
        ArgumentNullException.ThrowIfNull(productId);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(platform);
        var hue = (int)(Hash(productId) % 360);
        var svg = new StringBuilder(1024);
        svg.Append(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Escape(title)} ({Escape(platform)})">
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl({hue},70%,45%)"/><stop offset="1" stop-color="hsl({(hue + 60) % 360},65%,18%)"/></linearGradient></defs>
            <rect width="{Width}" height="{Height}" fill="url(#g)"/>
            <circle cx="{60 + (Hash(title) % 180)}" cy="{120 + (Hash(platform + productId) % 120)}" r="90" fill="hsl({(hue + 180) % 360},80%,60%)" opacity="0.25"/>
            <rect x="16" y="16" rx="6" width="{Math.Min(268, 16 + (platform.Length * 9))}" height="28" fill="{PlatformColour(platform)}"/>
            <text x="26" y="35" font-family="sans-serif" font-size="14" font-weight="bold" fill="#fff">{Escape(platform)}</text>
            """);
        var y = 300 - (Lines(title).Count * 30);
        foreach (var line in Lines(title))
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="24" y="{y}" font-family="sans-serif" font-size="26" font-weight="bold" fill="#fff">{Escape(line)}</text>""");
            svg.Append('\n');
            y += 30;
        }

        svg.Append("""<text x="24" y="376" font-family="sans-serif" font-size="12" fill="#fff" opacity="0.7">Git Goods demo</text></svg>""");
        return svg.ToString();
    }

    public static string PlatformColour(string platform) => platform.ToUpperInvariant() switch
    {
        var p when p.Contains("PLAYSTATION", StringComparison.Ordinal) => "#0070d1",
        var p when p.Contains("XBOX", StringComparison.Ordinal) => "#107c10",
        var p when p.Contains("SWITCH", StringComparison.Ordinal) => "#e60012",
        var p when p.Contains("STEAM", StringComparison.Ordinal) => "#1b2838",
        "PC" => "#5c2d91",
        _ => $"hsl({Hash(platform) % 360},55%,35%)",
    };

    // Words wrapped at about 18 characters a line, at most four lines.
    private static List<string> Lines(string title)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > 18)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(current.ToString());
        return lines.Count > 4 ? [.. lines.Take(3), string.Join(' ', lines.Skip(3))] : lines;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    // FNV-1a: stable across runs and machines, unlike string.GetHashCode.
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
