namespace GitGoods.Analytics;

/// <summary>Calendar days in the shop's time zone (<c>SHOP_TIME_ZONE</c>), the days sellers' reports and the lake's <c>shop_day</c> count in.</summary>
public static class ShopDays
{
    /// <exception cref="TimeZoneNotFoundException">When the zone id is not an IANA zone this machine knows.</exception>
    public static TimeZoneInfo Zone(string zoneId) => TimeZoneInfo.FindSystemTimeZoneById(zoneId);

    /// <summary>The shop day <paramref name="at"/> falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The UTC day <paramref name="at"/> falls on (the lake's change partitions).</summary>
    public static DateOnly UtcDayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
