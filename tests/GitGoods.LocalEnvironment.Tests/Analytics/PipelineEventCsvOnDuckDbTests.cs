using System.Text;
using GitGoods.Analytics.Queries;
using GitGoods.LocalEnvironment.Analytics;
using GitGoods.LocalEnvironment.Analytics.Replay;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>Rows written by the real function, read back by DuckDB through the lake's CSV view.</summary>
public sealed class PipelineEventCsvOnDuckDbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gitgoods-csv-").FullName;

    [Fact]
    public async Task ValuesWithCommasQuotesAndLineBreaks_SurviveTheRoundTrip()
    {
        const string Awkward = "ship, \"it\"\nnow\r\nplease";
        await SendAsync(Event("e-quoted", "2026-03-06T10:00:00Z", "Action", "STARTED",
            "\"stage\":\"Deploy, \\\"prod\\\"\",\"action\":\"line\\nbreak\",\"type\":{\"owner\":\"AWS\",\"provider\":\"CloudFormation\",\"category\":\"Deploy\"}",
            pipeline: "ship, \\\"it\\\"\\nnow\\r\\nplease"));
        using var lake = DuckDbLake.Open(_folder);

        var row = lake.Query("SELECT pipeline, stage, action, action_provider, dt FROM pipeline_events").Rows.Should().ContainSingle().Subject;

        row.Should().Equal(Awkward, "Deploy, \"prod\"", "line\nbreak", "CloudFormation", "2026-03-06");
    }

    [Fact]
    public async Task MissingFields_AreEmptyFields_WhichDuckDbReadsAsNull()
    {
        await SendAsync(Event("e-bare", "2026-03-06T10:00:00Z", "Pipeline", "STARTED", ""));
        using var lake = DuckDbLake.Open(_folder);

        var row = lake.Query("SELECT stage, action, external_execution_id, \"time\" FROM pipeline_events").Rows.Should().ContainSingle().Subject;

        row.Should().Equal(new object?[] { null, null, null, "2026-03-06 10:00:00.000" });
    }

    [Fact]
    public async Task AnExecutionStillFailing_HasAnOutageWithoutRestore()
    {
        await SendAsync(Event("p1", "2026-03-06T10:00:00Z", "Pipeline", "STARTED", "", execution: "x1"));
        await SendAsync(Event("p2", "2026-03-06T10:05:00Z", "Pipeline", "SUCCEEDED", "", execution: "x1"));
        await SendAsync(Event("p3", "2026-03-07T10:00:00Z", "Pipeline", "STARTED", "", execution: "x2"));
        await SendAsync(Event("p4", "2026-03-07T10:01:00Z", "Pipeline", "FAILED", "", execution: "x2"));
        await SendAsync(Event("p5", "2026-03-07T11:00:00Z", "Pipeline", "STARTED", "", execution: "x3"));
        await SendAsync(Event("p6", "2026-03-07T11:01:00Z", "Pipeline", "FAILED", "", execution: "x3"));
        using var lake = DuckDbLake.Open(_folder);

        var row = lake.Query(DeliveryQueries.TimeToRestore.Sql).Rows.Should().ContainSingle("a second failure does not start a second outage").Subject;

        row[1].Should().Be("x2");
        row[3].Should().BeNull();
        row[5].Should().BeNull();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<int> SendAsync(string json) =>
        PipelineEventReplayer.ReplayAsync([new SampleEvent("test", Encoding.UTF8.GetBytes(json))], _folder, CancellationToken.None);

    private static string Event(string id, string time, string kind, string state, string extra, string pipeline = "git-goods", string execution = "e-1") =>
        "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"CodePipeline " + kind + " Execution State Change\",\"source\":\"aws.codepipeline\","
        + "\"account\":\"111122223333\",\"time\":\"" + time + "\",\"region\":\"ap-southeast-1\",\"resources\":[],"
        + "\"detail\":{\"pipeline\":\"" + pipeline + "\",\"execution-id\":\"" + execution + "\",\"state\":\"" + state + "\",\"version\":1"
        + (extra.Length > 0 ? "," + extra : "") + "}}";
}
