using GitGoods.Edge;
using System.Globalization;

namespace GitGoods.LocalEnvironment.Configuration;

/// <summary>
/// The local stand-in for the WAF's rate-based rule: at most <see cref="Permits"/> requests per client IP in any
/// sliding <see cref="WindowSeconds"/>. The defaults are the WAF rule's (2,000 per 5 minutes); 0 permits turns it off.
/// </summary>
public sealed record RateLimitOptions(int Permits, int WindowSeconds)
{
    /// <summary>The WAF rule the CDK app deploys (<see cref="EdgeLimits"/>): 2,000 requests per 300 s per client IP.</summary>
    public static RateLimitOptions Waf { get; } = new(EdgeLimits.RequestsPerWindow, EdgeLimits.RateWindowSeconds);

    public static RateLimitOptions Off { get; } = new(0, EdgeLimits.RateWindowSeconds);

    public bool IsEnabled => Permits > 0;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>The window slides in steps of about 10 s (at least one step per window).</summary>
    public int SegmentsPerWindow => Math.Clamp(WindowSeconds / 10, 1, 60);

    /// <param name="setting">Reads a switch (<c>rate-limit-permits</c>) or else its environment variable.</param>
    /// <exception cref="InvalidOperationException">A value is not a whole number in range.</exception>
    public static RateLimitOptions From(Func<string, string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new RateLimitOptions(
            Parse(setting("rate-limit-permits", "GITGOODS_RATE_LIMIT_PERMITS"), Waf.Permits, "rate-limit-permits", 0, 2_000_000_000,
                "a whole number of requests (0 turns the limit off)"),
            Parse(setting("rate-limit-window-seconds", "GITGOODS_RATE_LIMIT_WINDOW_SECONDS"), Waf.WindowSeconds, "rate-limit-window-seconds", 1,
                86_400, "a whole number of seconds from 1 to 86400"));
    }

    private static int Parse(string? text, int fallback, string name, int min, int max, string expected) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new InvalidOperationException($"--{name} must be {expected}, not '{text}'.");
}
