namespace GitGoods.Adapters.Analytics;

/// <summary>The keys both stores accept: relative, forward slashes, no empty or dot segments, printable ASCII.</summary>
internal static class AnalyticsKeys
{
    public const int MaxLength = 1024;

    /// <exception cref="ArgumentException">When <paramref name="key"/> is not such a key.</exception>
    public static void Validate(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxLength || key[0] == '/' || !key.All(c => c is > ' ' and < '\u007f' and not '\\')
            || key.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a valid analytics key.", nameof(key));
        }
    }
}
