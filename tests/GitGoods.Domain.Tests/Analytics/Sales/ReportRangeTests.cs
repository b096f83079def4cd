using GitGoods.Domain.Analytics.Sales;

namespace GitGoods.Domain.Tests.Analytics.Sales;

public class ReportRangeTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    [InlineData("2026-01-01", null, "to")]
    [InlineData(null, "2026-01-01", "from")]
    public void OnlyOneEnd_IsRefused_SayingWhichEndIsMissing(string? from, string? to, string missing)
    {
        ReportRange.TryParse(from, to, Today, out _, out var errors).Should().BeFalse();

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new KeyValuePair<string, string[]>(missing, [$"Give both from and to, or neither ({missing} is missing)."]));
    }

    [Fact]
    public void ABadlyWrittenDay_IsRefused_WithTheExpectedFormat()
    {
        ReportRange.TryParse("2026-03-01", "01/03/2026", Today, out _, out var errors).Should().BeFalse();

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new KeyValuePair<string, string[]>("to", ["Must be a date as yyyy-MM-dd."]));
    }

    [Fact]
    public void AReversedRange_IsRefusedOnTo()
    {
        ReportRange.TryParse("2026-03-02", "2026-03-01", Today, out var range, out var errors).Should().BeFalse();

        range.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new KeyValuePair<string, string[]>("to", ["Must not be before from."]));
    }

    [Fact]
    public void ARangeOf367Days_IsRefused_NamingTheLimit()
    {
        ReportRange.TryParse("2024-01-01", "2025-01-01", Today, out var range, out var errors).Should().BeFalse();

        range.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new KeyValuePair<string, string[]>("to", ["The range may span at most 366 days."]));
    }

    [Fact]
    public void EachDay_ListsEveryDayFromFromToTo()
    {
        ReportRange.TryParse("2026-02-27", "2026-03-02", Today, out var range, out _).Should().BeTrue();

        range!.EachDay().Should().Equal(new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2));
    }
}
