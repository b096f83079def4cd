using System.Text;
using GitGoods.Analytics.Delivery;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.EventBridge;

namespace GitGoods.Functions.Tests.Analytics.Delivery;

/// <summary>CodePipeline events as EventBridge delivers them, and the function that records them over an in-memory lake.</summary>
internal static class PipelineEvents
{
    public const string ActionEvent = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"CodePipeline Action Execution State Change",
        "source":"aws.codepipeline","account":"111122223333","time":"2026-03-04T23:59:59Z","region":"ap-southeast-1",
        "resources":["arn:aws:codepipeline:ap-southeast-1:111122223333:git-goods"],
        "detail":{"pipeline":"git-goods","execution-id":"e-1","stage":"Build","action":"Compile","state":"FAILED",
        "region":"ap-southeast-1","type":{"owner":"AWS","provider":"CodeBuild","category":"Build","version":"1"},"version":11.0,
        "pipeline-execution-attempt":1.0,
        "execution-result":{"external-execution-id":"git-goods-build:0b9c","external-execution-summary":"Build terminated with state: FAILED","error-code":"JobFailed"}}}
        """;

    public const string StageEvent = """
        {"version":"0","id":"0f0e2b4c-7a51-4a8e-9c3d-5b1e2f3a4c5d","detail-type":"CodePipeline Stage Execution State Change",
        "source":"aws.codepipeline","account":"111122223333","time":"2026-03-05T00:00:01Z","region":"ap-southeast-1",
        "resources":["arn:aws:codepipeline:ap-southeast-1:111122223333:git-goods"],
        "detail":{"pipeline":"git-goods","execution-id":"e-1","start-time":"2026-03-04T23:50:00.412Z","stage":"Build","state":"FAILED",
        "version":11.0,"pipeline-execution-attempt":1.0}}
        """;

    public const string PipelineEvent = """
        {"version":"0","id":"a1b2c3d4-0000-4000-8000-000000000001","detail-type":"CodePipeline Pipeline Execution State Change",
        "source":"aws.codepipeline","account":"111122223333","time":"2026-03-04T23:50:00Z","region":"ap-southeast-1",
        "resources":["arn:aws:codepipeline:ap-southeast-1:111122223333:git-goods"],
        "detail":{"pipeline":"git-goods","execution-id":"e-1","start-time":"2026-03-04T23:50:00.412Z",
        "execution-trigger":{"trigger-type":"StartPipelineExecution","trigger-detail":"arn:aws:sts::111122223333:assumed-role/Admin/dev"},
        "state":"STARTED","version":11.0,"pipeline-execution-attempt":1.0}}
        """;

    public static (EventBridgeFunction Function, InMemoryTextLake Lake) Recorder()
    {
        var lake = new InMemoryTextLake();
        return (new EventBridgeFunction(new PipelineEventRecorder(lake)), lake);
    }

    public static Task<byte[]> SendAsync(this EventBridgeFunction function, string json) =>
        function.InvokeAsync(Encoding.UTF8.GetBytes(json), Requests.Context, CancellationToken.None);
}
