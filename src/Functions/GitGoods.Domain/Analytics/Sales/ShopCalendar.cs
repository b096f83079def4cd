namespace GitGoods.Domain.Analytics.Sales;

/// <summary>
/// The shop's calendar: the days sales are counted in are calendar days in the shop's time zone (an IANA id such as
/// <c>Asia/Singapore</c>), and an order belongs to the day it was placed (its <c>createdAt</c>) in that zone.
/// </summary>
public sealed class ShopCalendar
{
    private ShopCalendar(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    /// <summary>The calendar of the zone named <paramref name="ianaId"/>.</summary>
    /// <exception cref="ArgumentException">When no time zone has that id.</exception>
    public static ShopCalendar For(string ianaId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ianaId);
        try
        {
            return new ShopCalendar(TimeZoneInfo.FindSystemTimeZoneById(ianaId));
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException($"No time zone is named '{ianaId}'.", nameof(ianaId), e);
        }
    }

    /// <summary>The shop day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today in the shop's time zone.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }
}
