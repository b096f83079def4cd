using System.Net;
using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Runtime;

public sealed class LambdaRuntimeTests
{
    [Fact]
    public async Task InvokeOnce_WhenHandlerSucceeds_PostsItsResponse()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var posted = await harness.InvokeAsync(DelegateFunction.Echo(), """{"hello":"world"}""");

        posted.IsError.Should().BeFalse();
        posted.BodyText.Should().Be("""{"hello":"world"}""");
    }

    [Fact]
    public async Task InvokeOnce_WhenHandlerThrows_PostsErrorWithTypeHeaderAndDocumentedBody()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var posted = await harness.InvokeAsync(DelegateFunction.Throws(new InvalidOperationException("stock went negative")));

        posted.IsError.Should().BeTrue();
        posted.ErrorType.Should().Be("System.InvalidOperationException");
        posted.ContentType.Should().Be("application/vnd.aws.lambda.error+json");
        var body = JsonDocument.Parse(posted.Body).RootElement;
        body.GetProperty("errorMessage").GetString().Should().Be("stock went negative");
        body.GetProperty("errorType").GetString().Should().Be("System.InvalidOperationException");
        body.GetProperty("stackTrace").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task InvokeOnce_WhenHandlerThrows_LogsTheErrorWithTheExceptionKey()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        await harness.InvokeAsync(DelegateFunction.Throws(new InvalidOperationException("boom")));

        var line = harness.Output.LogLines.Should().ContainSingle().Subject;
        line.GetProperty("level").GetString().Should().Be("Error");
        line.GetProperty("function_request_id").GetString().Should().Be("req-1");
        line.GetProperty("exception").GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
    }

    [Fact]
    public async Task InvokeOnce_AfterAHandlerError_ServesTheNextEvent()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        await harness.InvokeAsync(DelegateFunction.Throws(new InvalidOperationException("boom")));

        var posted = await harness.InvokeAsync(DelegateFunction.Echo(), "\"again\"");

        posted.IsError.Should().BeFalse();
        posted.BodyText.Should().Be("\"again\"");
    }

    [Fact]
    public async Task InvokeOnce_SetsTheTraceIdVariableSoTheAwsSdkPropagatesIt()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        const string trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        string? seenByHandler = null;
        var function = new DelegateFunction((payload, _) =>
        {
            seenByHandler = harness.Environment.GetVariable("_X_AMZN_TRACE_ID");
            return Task.FromResult(payload.ToArray());
        });

        await harness.InvokeAsync(function, traceId: trace);

        seenByHandler.Should().Be(trace);
        function.LastContext!.TraceId.Should().Be(trace);
    }

    [Fact]
    public async Task InvokeOnce_BuildsTheContextFromHeadersAndEnvironment()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        var function = DelegateFunction.Echo();

        await harness.InvokeAsync(function);

        var context = function.LastContext!;
        context.RequestId.Should().Be("req-1");
        context.FunctionName.Should().Be("gitgoods-test");
        context.FunctionVersion.Should().Be("7");
        context.MemoryLimitMb.Should().Be(256);
        context.InvokedFunctionArn.Should().Be("arn:aws:lambda:ap-southeast-1:123456789012:function:test");
        context.Deadline.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(30), TimeSpan.FromSeconds(10));
        context.Logger.Should().BeSameAs(harness.Runtime.Logger);
    }

    [Fact]
    public async Task Run_WhenInitializeThrows_PostsInitErrorAndReturnsNonZero()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var exitCode = await harness.Runtime.RunAsync(() => throw new InvalidOperationException("TABLE_NAME is not set")).WaitAsync(RuntimeHarness.Patience);

        exitCode.Should().Be(LambdaExitCodes.InitFailed);
        var initError = await harness.Api.InitError.WaitAsync(RuntimeHarness.Patience);
        initError.ErrorType.Should().Be("System.InvalidOperationException");
        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString().Should().Be("TABLE_NAME is not set");
        harness.Output.LogLines.Should().ContainSingle(line => line.GetProperty("level").GetString() == "Error");
    }

    [Fact]
    public async Task Run_WhenTheRuntimeApiAnswers500_ExitsPromptly()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        harness.Api.FailEveryCallWith = HttpStatusCode.InternalServerError;

        var exitCode = await harness.Runtime.RunAsync(DelegateFunction.Echo).WaitAsync(RuntimeHarness.Patience);

        exitCode.Should().Be(LambdaExitCodes.RuntimeApiFailed);
    }

    [Fact]
    public async Task InvokeOnce_WhenTheResponseIsRefusedAsTooLarge_LogsItAndKeepsServing()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        harness.Api.RejectResponsesWith = HttpStatusCode.RequestEntityTooLarge;
        await harness.InvokeAsync(DelegateFunction.Echo());
        harness.Api.RejectResponsesWith = null;

        var posted = await harness.InvokeAsync(DelegateFunction.Echo(), "\"next\"");

        posted.BodyText.Should().Be("\"next\"");
        harness.Output.LogLines.Should().ContainSingle()
            .Which.GetProperty("exception").GetProperty("message").GetString().Should().Contain("413");
    }

    [Fact]
    public async Task Run_ServesEventsUntilCancelled()
    {
        await using var harness = await RuntimeHarness.StartAsync();
        using var stop = new CancellationTokenSource();
        var run = harness.Runtime.RunAsync(DelegateFunction.Echo, stop.Token);

        var first = await harness.Api.Enqueue(new FakeInvocation("a", Encoding.UTF8.GetBytes("1"))).WaitAsync(RuntimeHarness.Patience);
        var second = await harness.Api.Enqueue(new FakeInvocation("b", Encoding.UTF8.GetBytes("2"))).WaitAsync(RuntimeHarness.Patience);
        await stop.CancelAsync();

        (first.BodyText, second.BodyText).Should().Be(("1", "2"));
        (await run.WaitAsync(RuntimeHarness.Patience)).Should().Be(0);
    }
}
