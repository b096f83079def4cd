using GitGoods.Analytics.Lake;

namespace GitGoods.Functions.Tests.Analytics.Delivery;

public sealed class PipelineEventRecorderTests
{
    [Fact]
    public async Task ActionEvent_IsOneRowUnderItsUtcDayAndId_FieldByField()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.ActionEvent);

        var (key, file) = lake.Objects.Should().ContainSingle().Subject;
        key.Should().Be("lake/pipeline_events/dt=2026-03-04/6a7e8feb-b491-4cf7-a9f1-bf3703467718.csv");
        file.ContentType.Should().Be("text/csv");
        file.Text.Should().Be("6a7e8feb-b491-4cf7-a9f1-bf3703467718,2026-03-04 23:59:59.000,111122223333,ap-southeast-1,ACTION,"
            + "git-goods,11,e-1,Build,Compile,FAILED,git-goods-build:0b9c,Build,AWS,CodeBuild\n");
    }

    [Fact]
    public async Task StageEvent_HasNoActionFields()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.StageEvent);

        var (key, file) = lake.Objects.Should().ContainSingle().Subject;
        key.Should().Be("lake/pipeline_events/dt=2026-03-05/0f0e2b4c-7a51-4a8e-9c3d-5b1e2f3a4c5d.csv");
        file.Text.Should().Be("0f0e2b4c-7a51-4a8e-9c3d-5b1e2f3a4c5d,2026-03-05 00:00:01.000,111122223333,ap-southeast-1,STAGE,"
            + "git-goods,11,e-1,Build,,FAILED,,,,\n");
    }

    [Fact]
    public async Task PipelineEvent_HasNoStageOrActionFields()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.PipelineEvent);

        lake.Objects.Should().ContainSingle().Which.Value.Text.Should().Be(
            "a1b2c3d4-0000-4000-8000-000000000001,2026-03-04 23:50:00.000,111122223333,ap-southeast-1,PIPELINE,"
            + "git-goods,11,e-1,,,STARTED,,,,\n");
    }

    [Fact]
    public async Task Row_HasOneValuePerColumnOfTheTable()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.ActionEvent);

        lake.Objects.Single().Value.Text.TrimEnd('\n').Split(',').Should().HaveCount(LakeTables.PipelineEvents.Columns.Count);
    }

    [Fact]
    public async Task RedeliveredEvent_ReplacesItsOwnRow()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.ActionEvent);
        var first = lake.Objects.Single();
        await function.SendAsync(PipelineEvents.ActionEvent);

        lake.Objects.Should().ContainSingle().Which.Should().Be(first);
    }

    [Fact]
    public async Task EventsOfOneExecution_EachGetTheirOwnFile()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.PipelineEvent);
        await function.SendAsync(PipelineEvents.StageEvent);
        await function.SendAsync(PipelineEvents.ActionEvent);

        lake.Objects.Should().HaveCount(3);
    }

    [Fact]
    public async Task StringVersion_IsKeptAsSent()
    {
        var (function, lake) = PipelineEvents.Recorder();

        await function.SendAsync(PipelineEvents.PipelineEvent.Replace("\"version\":11.0", "\"version\":\"7\"", StringComparison.Ordinal));

        lake.Objects.Single().Value.Text.Split(',')[6].Should().Be("7");
    }
}

public sealed class RecordPipelineEventManifestTests
{
    [Fact]
    public void Entry_IsTriggeredByTheCodePipelineRuleOfOurPipeline_AndMayWriteOnlyItsTable()
    {
        var definition = GitGoods.Manifest.FunctionManifest.Find("RecordPipelineEvent")!;

        definition.Trigger.Should().BeEquivalentTo(new GitGoods.Manifest.EventRuleTrigger("aws.codepipeline",
        [
            "CodePipeline Pipeline Execution State Change",
            "CodePipeline Stage Execution State Change",
            "CodePipeline Action Execution State Change",
        ])
        {
            DetailFilter = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["pipeline"] = ["git-goods"] },
        });
        definition.Access.Should().Be(GitGoods.Manifest.DataAccess.None with { AnalyticsWritePrefix = "lake/pipeline_events/" });
    }
}
