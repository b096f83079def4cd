using System.Text;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Tests.EventBridge;

public sealed class EventBridgeFunctionTests
{
    private const string Event = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"CodePipeline Action Execution State Change",
        "source":"aws.codepipeline","account":"123456789012","time":"2026-11-27T09:00:00Z","region":"ap-southeast-1",
        "resources":["arn:aws:codepipeline:ap-southeast-1:123456789012:gitgoods"],
        "detail":{"pipeline":"gitgoods","execution-id":"e-1","stage":"Deploy","action":"Canary","state":"FAILED"}}
        """;

    [Fact]
    public async Task Invoke_ReadsTheEnvelopeAndKeepsTheDetailAsJson()
    {
        var handler = new RecordingHandler();
        var context = new LambdaContext("req", "fn", "1", 128, "arn", null, DateTimeOffset.UtcNow.AddSeconds(30));

        var response = await new EventBridgeFunction(handler).InvokeAsync(Encoding.UTF8.GetBytes(Event), context, CancellationToken.None);

        response.Should().BeEmpty();
        var received = handler.Received!;
        received.DetailType.Should().Be("CodePipeline Action Execution State Change");
        received.Source.Should().Be("aws.codepipeline");
        received.Account.Should().Be("123456789012");
        received.Time.Should().Be(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        received.Resources.Should().Equal("arn:aws:codepipeline:ap-southeast-1:123456789012:gitgoods");
        received.Detail.GetProperty("state").GetString().Should().Be("FAILED");
        received.Detail.GetProperty("execution-id").GetString().Should().Be("e-1");
    }

    private sealed class RecordingHandler : IEventBridgeHandler
    {
        public EventBridgeEvent? Received { get; private set; }

        public Task HandleAsync(EventBridgeEvent eventBridgeEvent, LambdaContext context, CancellationToken cancellationToken)
        {
            Received = eventBridgeEvent;
            return Task.CompletedTask;
        }
    }
}
