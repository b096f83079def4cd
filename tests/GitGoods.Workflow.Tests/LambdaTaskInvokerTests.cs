using System.Text.Json.Nodes;
using GitGoods.Hosting.Runtime;
using GitGoods.Workflow;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Workflow.Tests;

/// <summary>Workflows over real in-process <see cref="ILambdaFunction"/>s, through <see cref="LambdaTaskInvoker"/>.</summary>
public class LambdaTaskInvokerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly WorkflowRunnerOptions NoWaiting = new() { RetryDelay = (_, _) => Task.CompletedTask };

    private static WorkflowDefinition Single(string function, Action<List<RetryPolicy>, List<CatchRule>>? policies = null, string? outputPath = "$")
    {
        var retry = new List<RetryPolicy>();
        var catchers = new List<CatchRule>();
        policies?.Invoke(retry, catchers);
        List<WorkflowState> states = [new TaskState("Call", new LambdaFunction(function)) { Retry = retry, Catch = catchers, OutputPath = outputPath, End = true }];
        if (catchers.Count > 0)
        {
            states.Add(new PassState("Caught") { End = true });
        }

        return new WorkflowDefinition("single", "Call", states);
    }

    [Fact]
    public async Task AFunction_GetsThePayloadAsItsEvent_AndItsOutputIsWrappedAsLambdaInvokeDoes()
    {
        var invoker = new LambdaTaskInvoker(name => name == "echo" ? new EchoFunction() : null);

        var result = await new WorkflowRunner(Single("echo"), invoker).RunAsync(JsonNode.Parse("""{"id":"o-1","n":[1,2]}"""));

        result.Output!.ToJsonString().Should().Be(
            """{"Payload":{"event":{"id":"o-1","n":[1,2]},"function":"echo","memory":128},"StatusCode":200}""");
    }

    [Fact]
    public async Task TheContextFactory_BuildsTheInvocationContext()
    {
        var invoker = new LambdaTaskInvoker(_ => new EchoFunction(), contexts: name => new LambdaContext(
            "req-1", name, "$LATEST", 512, "arn:aws:lambda:ap-southeast-1:000000000000:function:" + name, null, DateTimeOffset.UtcNow.AddSeconds(10)));

        var result = await new WorkflowRunner(Single("echo", outputPath: "$.Payload.memory"), invoker).RunAsync(new JsonObject());

        result.Output!.GetValue<int>().Should().Be(512);
    }

    [Fact]
    public async Task AThrownException_IsTheErrorName_WithTheRuntimesErrorDocumentAsCause()
    {
        var invoker = new LambdaTaskInvoker(_ => new FlakyFunction(failures: 1));

        var result = await new WorkflowRunner(Single("reserve"), invoker).RunAsync(new JsonObject());

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Error.Should().Be(typeof(OutOfStockException).FullName);
        var cause = JsonNode.Parse(result.Cause!)!;
        cause["errorType"]!.GetValue<string>().Should().Be(typeof(OutOfStockException).FullName);
        cause["errorMessage"]!.GetValue<string>().Should().Be("only 0 left of sku-1");
        cause["stackTrace"].Should().BeOfType<JsonArray>();
    }

    [Fact]
    public async Task RetryAndCatch_MatchTheFunctionsErrorType()
    {
        var name = typeof(OutOfStockException).FullName!;
        var flaky = new FlakyFunction(failures: 2);
        var retried = new WorkflowRunner(Single("reserve", (retry, _) => retry.Add(new RetryPolicy([name], MaxAttempts: 2))),
            new LambdaTaskInvoker(_ => flaky), NoWaiting);
        var caught = new WorkflowRunner(Single("reserve", (_, catchers) => catchers.Add(new CatchRule([name], "Caught", "$.error"))),
            new LambdaTaskInvoker(_ => new FlakyFunction(failures: 1)), NoWaiting);

        var retriedResult = await retried.RunAsync(new JsonObject());
        var caughtResult = await caught.RunAsync(new JsonObject());

        retriedResult.Output!["Payload"]!.ToJsonString().Should().Be("""{"reserved":true}""");
        flaky.Calls.Should().Be(3);
        caughtResult.History.Should().Equal("Call", "Caught");
        caughtResult.Output!["error"]!["Error"]!.GetValue<string>().Should().Be(name);
    }

    [Fact]
    public async Task AMissingFunction_IsLambdaResourceNotFound()
    {
        var result = await new WorkflowRunner(Single("ghost"), new LambdaTaskInvoker(_ => null)).RunAsync(new JsonObject());

        result.Error.Should().Be("Lambda.ResourceNotFoundException");
        result.Cause.Should().Contain("ghost");
    }

    [Fact]
    public async Task AFunctionPastItsDeadline_IsSandboxTimedout_EvenWhenItIgnoresCancellation()
    {
        var time = new FakeTimeProvider();
        var stuck = new StuckFunction();
        var invoker = new LambdaTaskInvoker(_ => stuck, contexts: name => new LambdaContext(
            "req-9", name, "$LATEST", 128, "arn:aws:lambda:ap-southeast-1:000000000000:function:" + name, null, time.GetUtcNow().AddSeconds(3)), time: time);
        var run = new WorkflowRunner(Single("stuck"), invoker, NoWaiting with { Time = time }).RunAsync(new JsonObject());

        await stuck.Started.Task.WaitAsync(Deadline);
        time.Advance(TimeSpan.FromSeconds(3));
        var result = await run.WaitAsync(Deadline);

        result.Error.Should().Be("Sandbox.Timedout");
        JsonNode.Parse(result.Cause!)!["errorMessage"]!.GetValue<string>().Should().Be("RequestId: req-9 Error: Task timed out after 3.00 seconds");
    }

    [Fact]
    public async Task ServiceIntegrations_GoToTheHandlerForTheirArn_WithResolvedParameters()
    {
        var published = new List<JsonNode?>();
        var services = new Dictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>>(StringComparer.Ordinal)
        {
            [SampleWorkflow.SnsPublish] = (parameters, _) =>
            {
                published.Add(parameters);
                return Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = "m-1" });
            },
        };
        var definition = new WorkflowDefinition("sns", "Publish",
        [
            new TaskState("Publish", new ServiceIntegration(SampleWorkflow.SnsPublish, new JsonObject { ["TopicArn"] = "t", ["Message.$"] = "$.text" }))
            {
                ResultPath = "$.sns",
                End = true,
            },
        ]);

        var result = await new WorkflowRunner(definition, new LambdaTaskInvoker(_ => null, services)).RunAsync(JsonNode.Parse("""{"text":"hi"}"""));

        published.Should().ContainSingle().Which!.ToJsonString().Should().Be("""{"TopicArn":"t","Message":"hi"}""");
        result.Output!.ToJsonString().Should().Be("""{"text":"hi","sns":{"MessageId":"m-1"}}""");
    }

    [Fact]
    public async Task AnUnknownServiceArn_IsStatesRuntime_WhichNoCatcherCatches()
    {
        var definition = new WorkflowDefinition("sns", "Publish",
        [
            new TaskState("Publish", new ServiceIntegration("arn:aws:states:::sqs:sendMessage", new JsonObject()))
            {
                Catch = [new CatchRule([WorkflowErrors.All], "Caught")],
                End = true,
            },
            new PassState("Caught") { End = true },
        ]);

        var result = await new WorkflowRunner(definition, new LambdaTaskInvoker(_ => null)).RunAsync(new JsonObject());

        result.Error.Should().Be("States.Runtime");
        result.Cause.Should().Contain("sqs:sendMessage");
        result.History.Should().Equal("Publish");
    }
}
