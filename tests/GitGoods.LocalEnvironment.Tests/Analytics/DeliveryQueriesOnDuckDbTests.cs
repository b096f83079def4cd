using GitGoods.Analytics.Queries;
using static GitGoods.LocalEnvironment.Tests.Analytics.ReplayedLake;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>
/// Every delivery query on DuckDB over the rows RecordPipelineEvent wrote from samples/codepipeline: execution 1 succeeds
/// on 3 March, execution 2 fails in Build on 4 March at 14:03:42, execution 3 succeeds at 15:39:34 the same day.
/// </summary>
public sealed class DeliveryQueriesOnDuckDbTests(ReplayedLake lake) : IClassFixture<ReplayedLake>
{
    private const string First = "08e3c441-bae4-5b4f-9385-557490955b9b";
    private const string Failed = "1adb187e-8b15-53d5-a187-bf2fc8a8c032";
    private const string Recovery = "2399bb59-8675-545e-a9b4-68d218455e90";

    [Fact]
    public void Lake_HoldsOneRowPerDistinctEvent_TheRedeliveryIncluded()
    {
        var levels = lake.Rows("SELECT event_level, COUNT(*) AS n FROM pipeline_events GROUP BY event_level ORDER BY event_level");

        levels.Select(r => ((string)r["event_level"]!, Number(r["n"])))
            .Should().Equal(("ACTION", 16), ("PIPELINE", 6), ("STAGE", 16));
    }

    [Fact]
    public void DeploymentFrequency_CountsSucceededExecutionsPerDay()
    {
        var rows = lake.Rows(DeliveryQueries.DeploymentFrequency.Sql);

        rows.Select(r => ((string)r["pipeline"]!, (DateOnly)r["day"]!, Number(r["deployments"])))
            .Should().Equal(("git-goods", new DateOnly(2026, 3, 3), 1), ("git-goods", new DateOnly(2026, 3, 4), 1));
    }

    [Fact]
    public void LeadTime_IsFirstStartedToSucceeded_PerSucceededExecution()
    {
        var rows = lake.Rows(DeliveryQueries.LeadTime.Sql);

        rows.Select(r => ((string)r["execution_id"]!, Number(r["lead_time_seconds"])))
            .Should().Equal((First, 555), (Recovery, 574));
        rows[0]["started_at"].Should().Be(new DateTime(2026, 3, 3, 9, 0, 0));
        rows[0]["succeeded_at"].Should().Be(new DateTime(2026, 3, 3, 9, 9, 15));
    }

    [Fact]
    public void ChangeFailureRate_IsOneFailureInThreeFinishedExecutions()
    {
        var row = lake.Rows(DeliveryQueries.ChangeFailureRate.Sql).Should().ContainSingle().Subject;

        row["week"].Should().Be(new DateOnly(2026, 3, 2));
        Number(row["finished"]).Should().Be(3);
        Number(row["failed"]).Should().Be(1);
        Number(row["change_failure_rate"]).Should().BeApproximately(1.0 / 3, 1e-9);
    }

    [Fact]
    public void TimeToRestore_RunsFromTheFailureToTheNextSuccess()
    {
        var row = lake.Rows(DeliveryQueries.TimeToRestore.Sql).Should().ContainSingle().Subject;

        row["failed_execution_id"].Should().Be(Failed);
        row["failed_at"].Should().Be(new DateTime(2026, 3, 4, 14, 3, 42));
        row["restored_execution_id"].Should().Be(Recovery);
        row["restored_at"].Should().Be(new DateTime(2026, 3, 4, 15, 39, 34));
        Number(row["time_to_restore_seconds"]).Should().Be(5752);
    }

    [Fact]
    public void StageDurations_GiveRunsFailuresMedianAverageAndLongest_InPipelineOrder()
    {
        var rows = lake.Rows(DeliveryQueries.StageDurations.Sql);

        rows.Select(r => ((string)r["stage"]!, Number(r["runs"]), Number(r["failed_runs"]), Number(r["median_seconds"]),
                Math.Round(Number(r["avg_seconds"]), 3), Number(r["max_seconds"])))
            .Should().Equal(
                ("Source", 3, 0, 9, 9, 10),
                ("Build", 3, 1, 290, 267.333, 301),
                ("Deploy", 2, 0, 255.5, 255.5, 270));
    }

    [Fact]
    public void ExecutionsView_HasOneRowPerFinishedExecution()
    {
        var rows = lake.Rows("SELECT execution_id, final_state, duration_seconds FROM delivery_executions ORDER BY finished_at");

        rows.Select(r => ((string)r["execution_id"]!, (string)r["final_state"]!, Number(r["duration_seconds"])))
            .Should().Equal((First, "SUCCEEDED", 555), (Failed, "FAILED", 222), (Recovery, "SUCCEEDED", 574));
    }

    [Fact]
    public void StageRunsView_HasOneRowPerFinishedStageRun()
    {
        var rows = lake.Rows("SELECT stage, final_state, duration_seconds FROM delivery_stage_runs WHERE execution_id = '" + Failed + "' ORDER BY started_at");

        rows.Select(r => ((string)r["stage"]!, (string)r["final_state"]!, Number(r["duration_seconds"])))
            .Should().Equal(("Source", "SUCCEEDED", 8), ("Build", "FAILED", 211));
        Number(lake.Rows("SELECT COUNT(*) AS n FROM delivery_stage_runs")[0]["n"]).Should().Be(8);
    }

    [Fact]
    public void RestoresView_MatchesTheTimeToRestoreQuery()
    {
        var row = lake.Rows("SELECT * FROM delivery_restores").Should().ContainSingle().Subject;

        Number(row["time_to_restore_seconds"]).Should().Be(5752);
    }

    /// <summary>The delivery queries and views (the sales ones run over sales files in SalesQueriesTests).</summary>
    public static TheoryData<string> EveryNamedQuery => [.. DeliveryQueries.All.Concat(DeliveryViews.All).Select(q => q.Name)];

    [Theory]
    [MemberData(nameof(EveryNamedQuery))]
    public void NamedQuery_RunsOnDuckDb(string name)
    {
        var query = DeliveryQueries.All.Concat(DeliveryViews.All).Single(q => q.Name == name);

        var result = lake.Lake.Query(query.Sql);

        if (!query.Sql.TrimStart().StartsWith("CREATE", StringComparison.OrdinalIgnoreCase))
        {
            result.Columns.Should().NotBeEmpty();
            result.Rows.Should().NotBeEmpty("the samples give every delivery query an answer");
        }
    }

    [Fact]
    public void NamedQueries_HaveUniqueKebabCaseNames()
    {
        var names = AnalyticsQueries.All.Concat(AnalyticsQueries.Views).Select(q => q.Name).ToList();

        names.Should().OnlyHaveUniqueItems().And.AllSatisfy(n => n.Should().MatchRegex("^[a-z]+(-[a-z]+)*$"));
    }
}
