using System.Globalization;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// One multi-window burn-rate rule (Google SRE workbook, "Alerting on SLOs"): page when the error budget burns at least
/// <paramref name="Threshold"/> times faster than the objective allows, both over the long look-back (the burn is real and large)
/// and over the short one (it is still going on, so the alarm clears soon after the fix).
/// </summary>
/// <param name="Name">Names the alarm: <c>FastBurn</c>, <c>SlowBurn</c>.</param>
/// <param name="LongMinutes">The long look-back window, in minutes.</param>
/// <param name="ShortMinutes">The short window, a twelfth of the long one.</param>
/// <param name="Threshold">The burn rate (1 = the budget lasts exactly the objective's interval).</param>
public sealed record BurnRateWindows(string Name, int LongMinutes, int ShortMinutes, double Threshold)
{
    /// <summary>14.4 × over 1 h and 5 min: 2 % of a 30-day budget gone in one hour.</summary>
    public static BurnRateWindows Fast { get; } = new("FastBurn", 60, 5, 14.4);

    /// <summary>6 × over 6 h and 30 min: 5 % of a 30-day budget gone in six hours.</summary>
    public static BurnRateWindows Slow { get; } = new("SlowBurn", 360, 30, 6);

    public static IReadOnlyList<BurnRateWindows> All { get; } = [Fast, Slow];

    /// <summary>The look-back windows (minutes) the SLO must publish burn rates for, each once.</summary>
    public static IReadOnlyList<int> LookBackMinutes { get; } =
        [.. All.SelectMany(w => new[] { w.ShortMinutes, w.LongMinutes }).Distinct().Order()];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Threshold}x over {LongMinutes} min and {ShortMinutes} min");
}
