using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>
/// A short, unique label for a stack's canary: Synthetics names fit in 21 characters and are unique per account and
/// region, and one account may hold the pipeline's test stage beside production. So: the region in AWS's short form
/// (<c>ap-southeast-1</c> → <c>apse1</c>) and four hex digits of the stack's name (<c>GitGoods</c>, <c>Test-GitGoods</c>).
/// </summary>
public static class CanaryRegionLabel
{
    private static readonly Dictionary<string, string> Directions = new(StringComparer.Ordinal)
    {
        ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w", ["central"] = "c",
        ["northeast"] = "ne", ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw",
    };

    public static string For(string region, string stackName)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(stackName);
        var parts = region.Split('-');
        var shortRegion = parts.Length == 3 && Directions.TryGetValue(parts[1], out var direction)
            ? parts[0] + direction + parts[2]
            : region.Replace("-", "", StringComparison.Ordinal)[..Math.Min(region.Length - 2, 6)];
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stackName)))[..4];
        return $"{shortRegion}-{hash}";
    }
}
