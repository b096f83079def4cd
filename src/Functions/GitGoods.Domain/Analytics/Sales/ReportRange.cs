using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>The shop days a sales report covers, <see cref="From"/> to <see cref="To"/> inclusive, at most <see cref="MaxDays"/>.</summary>
public sealed record ReportRange
{
    public const int MaxDays = 366;

    /// <summary>The range when neither end is given: the last 30 days, today included.</summary>
    public const int DefaultDays = 30;

    public const string DateFormat = "yyyy-MM-dd";

    private ReportRange(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Every day of the range, in order.</summary>
    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>The last <see cref="DefaultDays"/> days ending <paramref name="today"/>.</summary>
    public static ReportRange LastDaysTo(DateOnly today) => new(today.AddDays(-(DefaultDays - 1)), today);

    /// <summary>
    /// The range of the query values <c>from</c> and <c>to</c> (both <c>yyyy-MM-dd</c>, or both absent for the default).
    /// On failure <paramref name="errors"/> names each bad field with its messages.
    /// </summary>
    public static bool TryParse(string? from, string? to, DateOnly today, [NotNullWhen(true)] out ReportRange? range,
        out IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        errors = problems;
        range = null;
        if (from is null && to is null)
        {
            range = LastDaysTo(today);
            return true;
        }

        var start = ParseDay("from", from, problems);
        var end = ParseDay("to", to, problems);
        if (start is null || end is null)
        {
            return false;
        }

        if (end.Value < start.Value)
        {
            problems["to"] = ["Must not be before from."];
            return false;
        }

        if (end.Value.DayNumber - start.Value.DayNumber + 1 > MaxDays)
        {
            problems["to"] = [$"The range may span at most {MaxDays} days."];
            return false;
        }

        range = new ReportRange(start.Value, end.Value);
        return true;
    }

    private static DateOnly? ParseDay(string field, string? text, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            problems[field] = [$"Give both from and to, or neither ({field} is missing)."];
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems[field] = ["Must be a date as yyyy-MM-dd."];
        return null;
    }
}
