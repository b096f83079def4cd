using System.Globalization;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Orders;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Analytics.Sales;

public class ShopCalendarTests
{
    private static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");

    [Fact]
    public void AnUnknownTimeZone_IsRefused_NamingIt() =>
        FluentActions.Invoking(() => ShopCalendar.For("Mars/Olympus_Mons")).Should().Throw<ArgumentException>()
            .WithMessage("No time zone is named 'Mars/Olympus_Mons'.*").WithParameterName("ianaId");

    [Fact]
    public void NoTimeZoneId_IsRefusedAsAMissingArgument() =>
        FluentActions.Invoking(() => ShopCalendar.For(null!)).Should().Throw<ArgumentNullException>().WithParameterName("ianaId");

    [Theory]
    [InlineData("2026-03-01T15:59:59Z", "2026-03-01")]
    [InlineData("2026-03-01T16:00:00Z", "2026-03-02")]
    public void Today_IsTheCurrentInstantsDayInTheShopsTimeZone(string now, string today)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        Singapore.Today(time).Should().Be(DateOnly.Parse(today, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Today_WithoutAClock_Throws() =>
        FluentActions.Invoking(() => Singapore.Today(null!)).Should().Throw<ArgumentNullException>().WithParameterName("time");

    [Fact]
    public void Contributions_WithoutAnOrder_Throw() =>
        FluentActions.Invoking(() => OrderContributions.Of(null!, Singapore)).Should().Throw<ArgumentNullException>().WithParameterName("order");

    [Fact]
    public void Contributions_WithoutACalendar_Throw()
    {
        Order order = SalesOrders.Placed(DateTimeOffset.UnixEpoch, SalesOrders.Line("p", "s", 100, 1));

        FluentActions.Invoking(() => OrderContributions.Of(order, null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }
}
