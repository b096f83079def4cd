namespace GitGoods.Domain.Catalog.Platforms;

/// <summary>
/// The platforms a product may be sold for: one spelling per console, so the shop shows one facet per console. The
/// default list is <see cref="Default"/>; an operator replaces it with a comma-separated list (<see cref="Parse"/>): the
/// CDK context value <c>platforms</c> on AWS, <c>--platforms</c> or <c>SHOP_PLATFORMS</c> locally (decision 0033).
/// Matching is exact after trimming: "Switch" is not "Nintendo Switch". <see cref="Canonical"/> maps known aliases,
/// for the migration of existing items only; the API refuses them (and names the managed spelling).
/// </summary>
public sealed class ManagedPlatforms
{
    /// <summary>Platform names are separated by commas in configuration, as the shop's <c>platform</c> filter separates them.</summary>
    public const char Separator = ',';

    private readonly HashSet<string> _names;
    private readonly Dictionary<string, string> _byKey;

    private ManagedPlatforms(IReadOnlyList<string> names)
    {
        Names = names;
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            _byKey[PlatformAliases.KeyOf(name)] = name;
        }
    }

    /// <summary>The shop's platforms, as the demo catalogue spells them.</summary>
    public static ManagedPlatforms Default { get; } = new(
        ["PlayStation 5", "PlayStation 4", "Xbox Series X|S", "Nintendo Switch", "PC", "Steam Deck"]);

    /// <summary>The managed names, in the order the seller's form offers them.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The list as configuration writes it: the names joined by <see cref="Separator"/>.</summary>
    public override string ToString() => string.Join(Separator, Names);

    /// <summary>
    /// A configured list: names separated by commas, each trimmed, 1–<see cref="Product.MaxPlatformLength"/> characters,
    /// no two alike ignoring case and spacing (two spellings of one console are what this list exists to prevent).
    /// Null or blank: <see cref="Default"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When the list is malformed; the message says why.</exception>
    public static ManagedPlatforms Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Default;
        }

        return Of(configured.Split(Separator));
    }

    /// <summary>A list from separate names (a JSON array in cdk.json); the rules of <see cref="Parse"/>.</summary>
    /// <exception cref="ArgumentException">When a name breaks a rule.</exception>
    public static ManagedPlatforms Of(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in names)
        {
            var name = (raw ?? "").Trim();
            if (name.Length is 0 or > Product.MaxPlatformLength || name.Contains(Separator, StringComparison.Ordinal)
                || name.Any(char.IsControl))
            {
                throw new ArgumentException(
                    $"Each platform must be 1–{Product.MaxPlatformLength} characters, without commas or control characters; got '{name}'.", nameof(names));
            }

            if (!keys.Add(PlatformAliases.KeyOf(name)))
            {
                throw new ArgumentException($"The platform '{name}' is listed twice (ignoring case and spacing).", nameof(names));
            }

            list.Add(name);
        }

        return list.Count == 0 ? throw new ArgumentException("The platform list is empty.", nameof(names)) : new ManagedPlatforms(list);
    }

    /// <summary>True when <paramref name="platform"/>, trimmed, is exactly one of <see cref="Names"/>.</summary>
    public bool Contains(string? platform) => platform is not null && _names.Contains(platform.Trim());

    /// <summary>
    /// The managed name <paramref name="platform"/> stands for: itself when managed; the managed name it matches ignoring
    /// case, spacing and punctuation ("playstation-5"); or the target of a known alias ("Switch", "PS5") when that target
    /// is managed. Null when it stands for none (the migration reports it, and changes nothing).
    /// </summary>
    public string? Canonical(string? platform, IReadOnlyDictionary<string, string>? extraAliases = null)
    {
        if (platform is null)
        {
            return null;
        }

        var trimmed = platform.Trim();
        if (_names.Contains(trimmed))
        {
            return trimmed;
        }

        var key = PlatformAliases.KeyOf(trimmed);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var name))
        {
            return name;
        }

        var target = extraAliases is not null && ExtraTarget(extraAliases, key) is { } extra ? extra : PlatformAliases.TargetOf(key);
        return target is not null && _names.Contains(target) ? target : null;
    }

    private static string? ExtraTarget(IReadOnlyDictionary<string, string> aliases, string key) =>
        aliases.FirstOrDefault(a => string.Equals(PlatformAliases.KeyOf(a.Key), key, StringComparison.Ordinal)).Value;
}
