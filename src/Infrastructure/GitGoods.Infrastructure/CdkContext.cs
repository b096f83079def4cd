using System.Globalization;

using Constructs;

namespace GitGoods.Infrastructure;

/// <summary>
/// Reads CDK context values. Values from cdk.json keep their JSON type; values from the command line
/// (<c>-c key=value</c>) are always strings, so a flag may be <c>true</c> or <c>"true"</c>.
/// </summary>
internal static class CdkContext
{
    /// <summary>The trimmed string value of <paramref name="key"/>, or null when it is absent or blank.</summary>
    /// <exception cref="ArgumentException">When the value is not a string.</exception>
    public static string? String(Node node, string key) =>
        node.TryGetContext(key) switch
        {
            null => null,
            string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            var other => throw new ArgumentException($"CDK context '{key}' must be a string, not {other.GetType().Name}.", nameof(key)),
        };

    /// <summary>A boolean switch: absent is <paramref name="defaultValue"/>; true/false or "true"/"false" otherwise.</summary>
    /// <exception cref="ArgumentException">When the value is anything else (a typo must not silently mean "off").</exception>
    public static bool Flag(Node node, string key, bool defaultValue = false) =>
        node.TryGetContext(key) switch
        {
            null => defaultValue,
            bool flag => flag,
            string text when bool.TryParse(text.Trim(), out var parsed) => parsed,
            var other => throw new ArgumentException($"CDK context '{key}' must be true or false, not '{other}'.", nameof(key)),
        };

    /// <summary>A positive whole number, or null when absent.</summary>
    /// <exception cref="ArgumentException">When the value is not a positive whole number.</exception>
    public static int? PositiveNumber(Node node, string key) =>
        node.TryGetContext(key) switch
        {
            null => null,
            double number when number >= 1 && number == Math.Floor(number) && number <= int.MaxValue => (int)number,
            int number when number >= 1 => number,
            string text when int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 => parsed,
            var other => throw new ArgumentException($"CDK context '{key}' must be a positive whole number, not '{other}'.", nameof(key)),
        };
}
