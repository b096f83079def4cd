using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.Adapters.Table;

/// <summary>How every item writes numbers and times: numbers in invariant culture, times as ISO-8601 UTC with milliseconds (they sort as text).</summary>
internal static class ItemValues
{
    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
