using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

/// <summary>ResultSelector → ResultPath → OutputPath on a lambda:invoke result, as Step Functions applies them.</summary>
public class WorkflowDataFlowTests
{
    private static readonly JsonObject Output = new() { ["x"] = 1, ["nested"] = new JsonObject { ["y"] = "why" } };

    private static Task<WorkflowExecutionResult> RunAsync(TaskState task, string input = """{"keep":true,"text":"t"}""")
    {
        List<WorkflowState> states = [task with { End = true }];
        if (task.Catch.Count > 0)
        {
            states.Add(new PassState("Caught") { End = true });
        }

        var invoker = new ScriptedInvoker().Function("fn", _ => Output.DeepClone());
        return new WorkflowRunner(new WorkflowDefinition("data", task.Name, states), invoker).RunAsync(JsonNode.Parse(input));
    }

    private static TaskState Fn => new("T", new LambdaFunction("fn"));

    [Fact]
    public async Task ByDefault_TheOutputIsTheWholeInvokeResult()
    {
        var result = await RunAsync(Fn);

        result.Output!.ToJsonString().Should().Be("""{"Payload":{"x":1,"nested":{"y":"why"}},"StatusCode":200}""");
    }

    [Fact]
    public async Task OutputPathPayload_IsTheFunctionsOwnOutput()
    {
        var result = await RunAsync(Fn with { OutputPath = "$.Payload" });

        result.Output!.ToJsonString().Should().Be("""{"x":1,"nested":{"y":"why"}}""");
    }

    [Fact]
    public async Task ResultSelector_ThenResultPath_MergesTheSelectionIntoTheInput()
    {
        var result = await RunAsync(Fn with
        {
            ResultSelector = new JsonObject { ["x.$"] = "$.Payload.x", ["y.$"] = "$.Payload.nested.y", ["fixed"] = "f" },
            ResultPath = "$.result",
        });

        result.Output!.ToJsonString().Should().Be("""{"keep":true,"text":"t","result":{"x":1,"y":"why","fixed":"f"}}""");
    }

    [Fact]
    public async Task ResultPathNull_DiscardsTheResult_AndOutputPathNull_GivesAnEmptyObject()
    {
        var discarded = await RunAsync(Fn with { ResultPath = null });
        var empty = await RunAsync(Fn with { OutputPath = null });

        discarded.Output!.ToJsonString().Should().Be("""{"keep":true,"text":"t"}""");
        empty.Output!.ToJsonString().Should().Be("{}");
    }

    [Fact]
    public async Task ADeepResultPath_CreatesTheMissingObjects_AndOutputPathPicksFromTheCombination()
    {
        var result = await RunAsync(Fn with { ResultPath = "$.a.b", OutputPath = "$.a" });

        result.Output!.ToJsonString().Should().Be("""{"b":{"Payload":{"x":1,"nested":{"y":"why"}},"StatusCode":200}}""");
    }

    [Fact]
    public async Task AResultPathThroughANonObject_IsResultPathMatchFailure_WhichCatchersCatch()
    {
        var uncaught = await RunAsync(Fn with { ResultPath = "$.text.inner" });
        var caught = await RunAsync(Fn with
        {
            ResultPath = "$.text.inner",
            Catch = [new CatchRule([WorkflowErrors.All], "Caught", "$.error")],
        });

        uncaught.Error.Should().Be("States.ResultPathMatchFailure");
        caught.History.Should().Equal("T", "Caught");
        caught.Output!["error"]!["Error"]!.GetValue<string>().Should().Be("States.ResultPathMatchFailure");
    }

    [Fact]
    public async Task AMissingParameterPath_IsStatesRuntime_WhichNotEvenStatesAllCatches()
    {
        var result = await RunAsync(Fn with
        {
            Resource = new LambdaFunction("fn") { Payload = new JsonObject { ["id.$"] = "$.order.id" } },
            Catch = [new CatchRule([WorkflowErrors.All], "Caught")],
        });

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Error.Should().Be("States.Runtime");
        result.Cause.Should().Contain("$.order.id").And.Contain("id.$");
        result.History.Should().Equal("T");
    }

    [Fact]
    public async Task AMissingResultSelectorOrOutputPath_IsStatesRuntime()
    {
        var selector = await RunAsync(Fn with { ResultSelector = new JsonObject { ["z.$"] = "$.Payload.z" } });
        var output = await RunAsync(Fn with { OutputPath = "$.Nope" });

        selector.Error.Should().Be("States.Runtime");
        output.Error.Should().Be("States.Runtime");
    }

    [Fact]
    public async Task CatchResultPathNull_KeepsTheInputAsItWas()
    {
        var definition = new WorkflowDefinition("catch", "T",
        [
            new TaskState("T", new LambdaFunction("fn")) { Catch = [new CatchRule([WorkflowErrors.All], "Caught", null)], End = true },
            new PassState("Caught") { End = true },
        ]);
        var invoker = new ScriptedInvoker().Fails("fn", "Boom");

        var result = await new WorkflowRunner(definition, invoker).RunAsync(JsonNode.Parse("""{"a":1}"""));

        result.Output!.ToJsonString().Should().Be("""{"a":1}""");
    }

    [Fact]
    public async Task TheContextObject_GivesTheRetryCountAndExecutionName()
    {
        var definition = new WorkflowDefinition("ctx", "T",
        [
            new TaskState("T", new LambdaFunction("fn")
            {
                Payload = new JsonObject { ["state.$"] = "$$.State.Name", ["execution.$"] = "$$.Execution.Name", ["input.$"] = "$$.Execution.Input.a" },
            })
            {
                ResultSelector = new JsonObject { ["echo.$"] = "$.Payload" },
                End = true,
            },
        ]);
        var invoker = new ScriptedInvoker().Function("fn", payload => payload);

        var result = await new WorkflowRunner(definition, invoker).RunAsync(JsonNode.Parse("""{"a":"A"}"""), "run-7", CancellationToken.None);

        result.Output!.ToJsonString().Should().Be("""{"echo":{"state":"T","execution":"run-7","input":"A"}}""");
    }
}
