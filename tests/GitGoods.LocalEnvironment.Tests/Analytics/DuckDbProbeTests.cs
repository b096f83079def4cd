using GitGoods.LocalEnvironment.Analytics;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

public class DuckDbProbeTests
{
    [Fact]
    public void Probe()
    {
        using var folder = new LakeFolder();
        using var lake = DuckDbLake.Open(folder.Root);
        foreach (var sql in new[]
        {
            "SELECT current_date - INTERVAL '29' DAY AS d, typeof(current_date - INTERVAL '29' DAY) AS t",
            "SELECT CAST(CAST(current_date - INTERVAL '29' DAY AS DATE) AS VARCHAR) AS d",
            "SELECT current_setting('TimeZone') AS tz",
            "SELECT CAST(SUM(x) AS BIGINT) s, typeof(SUM(x)) t FROM (VALUES (CAST(1 AS BIGINT))) v(x)",
        })
        {
            Console.WriteLine(lake.Query(sql).ToText());
        }
    }
}
