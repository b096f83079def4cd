using GitGoods.Domain.Analytics;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Rollups a test sets day by day; records which days were read.</summary>
internal sealed class FakeSalesRollups : ISalesRollups
{
    public Dictionary<DateOnly, List<ProductSales>> Days { get; } = [];

    public List<DateOnly> Read { get; } = [];

    public Task<IReadOnlyList<ProductSales>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        Read.Add(day);
        return Task.FromResult<IReadOnlyList<ProductSales>>(Days.TryGetValue(day, out var sales) ? sales : []);
    }
}
