using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// The <c>platform</c> field's rule (decision 0033): exactly one of the managed platforms, after trimming. An alias
/// ("Switch") is refused like any other unknown value, with the managed spelling it probably meant; the 422 lists every
/// allowed value, in <c>errors.platform</c> and in the problem's <c>allowedPlatforms</c> member.
/// </summary>
public static class PlatformRule
{
    public const string Field = "platform";

    /// <summary>Adds the <c>platform</c> error when the value is missing (on create) or not a managed platform.</summary>
    public static void Check(IDictionary<string, string[]> errors, string? platform, bool required, ManagedPlatforms platforms)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(platforms);
        if (platform is null ? !required : platforms.Contains(platform))
        {
            return;
        }

        var allowed = "Must be one of: " + string.Join(", ", platforms.Names) + ".";
        errors[Field] = platforms.Canonical(platform) is { } meant
            ? [$"Not one of the shop's platforms; did you mean '{meant}'? " + allowed]
            : [allowed];
    }
}
