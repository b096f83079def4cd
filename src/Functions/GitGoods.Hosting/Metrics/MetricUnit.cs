namespace GitGoods.Hosting.Metrics;

/// <summary>The CloudWatch units the functions use; <see cref="MetricUnits.ToCloudWatch"/> spells them as EMF expects.</summary>
public enum MetricUnit
{
    None,
    Count,
    Milliseconds,
    Seconds,
    Microseconds,
    Bytes,
    Kilobytes,
    Megabytes,
    Percent,
    CountPerSecond,
}

/// <summary>Spells <see cref="MetricUnit"/> values as CloudWatch names them.</summary>
public static class MetricUnits
{
    public static string ToCloudWatch(this MetricUnit unit) => unit switch
    {
        MetricUnit.Count => "Count",
        MetricUnit.Milliseconds => "Milliseconds",
        MetricUnit.Seconds => "Seconds",
        MetricUnit.Microseconds => "Microseconds",
        MetricUnit.Bytes => "Bytes",
        MetricUnit.Kilobytes => "Kilobytes",
        MetricUnit.Megabytes => "Megabytes",
        MetricUnit.Percent => "Percent",
        MetricUnit.CountPerSecond => "Count/Second",
        _ => "None",
    };
}
