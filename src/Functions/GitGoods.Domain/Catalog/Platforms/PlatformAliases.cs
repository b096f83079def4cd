namespace GitGoods.Domain.Catalog.Platforms;

/// <summary>
/// Spellings sellers used for the managed platforms before the list existed, each mapped to its managed name. Only the
/// migration of existing items uses them (<see cref="ManagedPlatforms.Canonical"/>); the API refuses an alias and names
/// the managed spelling instead. Ambiguous names ("Xbox", "Steam", "PlayStation") map to nothing: the migration reports
/// them for a person to decide.
/// </summary>
public static class PlatformAliases
{
    private static readonly Dictionary<string, string> Targets = new(StringComparer.Ordinal)
    {
        ["ps5"] = "PlayStation 5",
        ["playstation5"] = "PlayStation 5",
        ["sonyps5"] = "PlayStation 5",
        ["ps4"] = "PlayStation 4",
        ["ps4pro"] = "PlayStation 4",
        ["switch"] = "Nintendo Switch",
        ["ns"] = "Nintendo Switch",
        ["nsw"] = "Nintendo Switch",
        ["switcholed"] = "Nintendo Switch",
        ["nintendoswitcholed"] = "Nintendo Switch",
        ["xboxseriesx"] = "Xbox Series X|S",
        ["xboxseriess"] = "Xbox Series X|S",
        ["xboxseriesxs"] = "Xbox Series X|S",
        ["xboxseries"] = "Xbox Series X|S",
        ["xsx"] = "Xbox Series X|S",
        ["xss"] = "Xbox Series X|S",
        ["windows"] = "PC",
        ["windowspc"] = "PC",
        ["pcwindows"] = "PC",
        ["steamdeckoled"] = "Steam Deck",
    };

    /// <summary>The managed name a known alias stands for, by <see cref="KeyOf"/> key; null when it is not a known alias.</summary>
    public static string? TargetOf(string key) => Targets.GetValueOrDefault(key);

    /// <summary>The spelling-blind key of a name: letters and digits only, lower case ("Xbox Series X|S" → "xboxseriesxs").</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Concat(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }
}
