using System.Text.Json;
using GitGoods.Analytics.Delivery;

namespace GitGoods.Functions.Tests.Analytics.Delivery;

/// <summary>What the function refuses: it throws, so Lambda retries and then dead-letters the event, and writes nothing.</summary>
public sealed class PipelineEventRejectionTests
{
    public static TheoryData<string, string, string> Rejected => new()
    {
        { "another source", PipelineEvents.ActionEvent.Replace("\"aws.codepipeline\"", "\"aws.codebuild\"", StringComparison.Ordinal), "*aws.codebuild*" },
        { "another detail type", PipelineEvents.ActionEvent.Replace("CodePipeline Action Execution State Change", "CodeBuild Build State Change", StringComparison.Ordinal), "*CodeBuild Build State Change*" },
        { "an id that is a path", PipelineEvents.ActionEvent.Replace("6a7e8feb-b491-4cf7-a9f1-bf3703467718", "../../orders/x", StringComparison.Ordinal), "*not a safe file name*" },
        { "no time", PipelineEvents.StageEvent.Replace("\"time\":\"2026-03-05T00:00:01Z\",", "", StringComparison.Ordinal), "*no time*" },
        { "no detail", PipelineEvents.PipelineEvent[..PipelineEvents.PipelineEvent.IndexOf(",\n\"detail\"", StringComparison.Ordinal)] + "}", "*lacks*" },
        { "a detail that is not an object", PipelineEvents.PipelineEvent[..PipelineEvents.PipelineEvent.IndexOf("\"detail\"", StringComparison.Ordinal)] + "\"detail\":\"STARTED\"}", "*lacks*" },
        { "a pipeline name that is a number", PipelineEvents.StageEvent.Replace("\"pipeline\":\"git-goods\"", "\"pipeline\":42", StringComparison.Ordinal), "*malformed detail*" },
        { "a stage event without its stage", PipelineEvents.StageEvent.Replace("\"stage\":\"Build\",", "", StringComparison.Ordinal), "*lacks one of pipeline, execution-id, state, stage*" },
        { "an action event without its action", PipelineEvents.ActionEvent.Replace("\"action\":\"Compile\",", "", StringComparison.Ordinal), "*stage, action*" },
        { "a pipeline event without its state", PipelineEvents.PipelineEvent.Replace("\"state\":\"STARTED\",", "", StringComparison.Ordinal), "*lacks*" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Event_IsRejected_AndNothingIsWritten(string what, string json, string message)
    {
        var (function, lake) = PipelineEvents.Recorder();

        var send = () => function.SendAsync(json);

        (await send.Should().ThrowAsync<RejectedPipelineEventException>(what)).WithMessage(message);
        lake.Objects.Should().BeEmpty();
    }

    [Fact]
    public async Task PayloadThatIsNotJson_FailsTheInvocation()
    {
        var (function, lake) = PipelineEvents.Recorder();

        var send = () => function.SendAsync("{\"id\":");

        await send.Should().ThrowAsync<JsonException>();
        lake.Objects.Should().BeEmpty();
    }
}
