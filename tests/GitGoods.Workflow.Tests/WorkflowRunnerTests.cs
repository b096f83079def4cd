using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

public class WorkflowRunnerTests
{
    private static readonly WorkflowRunnerOptions NoWaiting = new() { RetryDelay = (_, _) => Task.CompletedTask };

    [Fact]
    public async Task HappyPath_RunsEveryStepInOrder_AndEndsWithTheLastOutput()
    {
        var invoker = new ScriptedInvoker()
            .Function("check-input", _ => new JsonObject { ["valid"] = true, ["ignored"] = "x" })
            .Function("process", payload => new JsonObject
            {
                ["message"] = "processed " + payload!["id"]!.GetValue<string>() + " from " + payload["source"]!.GetValue<string>(),
                ["recipients"] = new JsonArray("a@example.com"),
            })
            .Step(SampleWorkflow.SnsPublish, (_, _) => Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = "sns-1" }))
            .Step(SampleWorkflow.SendEmail, (_, _) => Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = "ses-1" }));
        var runner = new WorkflowRunner(SampleWorkflow.Definition, invoker, NoWaiting);

        var result = await runner.RunAsync(JsonNode.Parse("""{"id":"42","mode":"auto"}"""));

        result.Status.Should().Be(ExecutionStatus.Succeeded);
        result.History.Should().Equal("Check", "Route", "Process", "Notify", "Email", "Done");
        result.Output!.ToJsonString().Should().Be(
            """{"message":"processed 42 from sample","recipients":["a@example.com"],"email":{"messageId":"ses-1"}}""");
        var calls = invoker.Calls.ToArray();
        calls[0].Parameters!.ToJsonString().Should().Be("""{"FunctionName":"check-input","Payload":{"id":"42","mode":"auto"}}""");
        calls[1].Parameters!.ToJsonString().Should().Be("""{"FunctionName":"process","Payload":{"id":"42","source":"sample"}}""");
        calls[2].Parameters!.ToJsonString().Should().Be(
            $$"""{"TopicArn":"{{SampleWorkflow.TopicArn}}","Message":"processed 42 from sample"}""");
        calls[3].Parameters!["Destination"]!.ToJsonString().Should().Be("""{"ToAddresses":["a@example.com"]}""");
        calls[3].Parameters!["Content"]!["Simple"]!["Body"]!["Text"]!["Data"]!.GetValue<string>().Should().Be("processed 42 from sample");
    }

    [Fact]
    public async Task Choice_UsesTheFirstMatchingRule_ThenDefault()
    {
        var definition = new WorkflowDefinition("choice", "Route",
        [
            new ChoiceState("Route",
            [
                ChoiceRule.IsPresent("$.error", true, "HasError"),
                ChoiceRule.StringEquals("$.status", "PAID", "Paid"),
            ])
            { Default = "Other" },
            new PassState("HasError") { Result = "error", End = true },
            new PassState("Paid") { Result = "paid", End = true },
            new PassState("Other") { Result = "other", End = true },
        ]);
        var runner = new WorkflowRunner(definition, new ScriptedInvoker());

        (await runner.RunAsync(JsonNode.Parse("""{"status":"PAID","error":null}"""))).Output!.GetValue<string>().Should().Be("error");
        (await runner.RunAsync(JsonNode.Parse("""{"status":"PAID"}"""))).Output!.GetValue<string>().Should().Be("paid");
        (await runner.RunAsync(JsonNode.Parse("""{"status":"paid"}"""))).Output!.GetValue<string>().Should().Be("other");
        (await runner.RunAsync(JsonNode.Parse("""{"status":1}"""))).History.Should().Equal("Route", "Other");
    }

    [Fact]
    public async Task Choice_OnAMissingVariable_FailsWithStatesRuntime_AndWithoutDefault_NoChoiceMatched()
    {
        var definition = new WorkflowDefinition("choice", "Route",
        [
            new ChoiceState("Route", [ChoiceRule.StringEquals("$.status", "PAID", "Paid")]),
            new SucceedState("Paid"),
        ]);
        var runner = new WorkflowRunner(definition, new ScriptedInvoker());

        var missing = await runner.RunAsync(new JsonObject());
        var unmatched = await runner.RunAsync(JsonNode.Parse("""{"status":"NEW"}"""));

        missing.Status.Should().Be(ExecutionStatus.Failed);
        missing.Error.Should().Be("States.Runtime");
        missing.Cause.Should().Contain("$.status");
        unmatched.Error.Should().Be("States.NoChoiceMatched");
    }

    [Fact]
    public async Task FailState_EndsTheExecution_WithItsErrorAndCause()
    {
        var invoker = new ScriptedInvoker()
            .Function("check-input", _ => new JsonObject { ["valid"] = true })
            .Fails("process", "Boom", "process broke")
            .Function("compensate", _ => new JsonObject { ["undone"] = true });
        var runner = new WorkflowRunner(SampleWorkflow.Definition, invoker, NoWaiting);

        var result = await runner.RunAsync(JsonNode.Parse("""{"id":"7"}"""));

        result.Status.Should().Be(ExecutionStatus.Failed);
        result.Error.Should().Be("ProcessingFailed");
        result.Cause.Should().Be("Processing failed and was compensated.");
        result.Output.Should().BeNull();
        result.History.Should().Equal("Check", "Route", "Process", "Compensate", "Failed");
        invoker.Calls.Last().Parameters!["Payload"]!["error"]!.ToJsonString().Should().Be("""{"Error":"Boom","Cause":"process broke"}""");
    }

    [Fact]
    public async Task PassState_PlacesItsResult_OrTheShapedInput()
    {
        var definition = new WorkflowDefinition("pass", "Defaults",
        [
            new PassState("Defaults") { Result = new JsonObject { ["retries"] = 0 }, ResultPath = "$.settings", Next = "Shape" },
            new PassState("Shape")
            {
                Parameters = new JsonObject { ["who.$"] = "$.user.name", ["settings.$"] = "$.settings", ["execution.$"] = "$$.Execution.Name" },
                End = true,
            },
        ]);
        var runner = new WorkflowRunner(definition, new ScriptedInvoker());

        var result = await runner.RunAsync(JsonNode.Parse("""{"user":{"name":"ada"}}"""), "exec-1", CancellationToken.None);

        result.Output!.ToJsonString().Should().Be("""{"who":"ada","settings":{"retries":0},"execution":"exec-1"}""");
    }

    [Fact]
    public async Task TheCallersInput_IsNeverModified()
    {
        var definition = new WorkflowDefinition("pass", "Set",
            [new PassState("Set") { Result = "v", ResultPath = "$.added", End = true }]);
        var input = JsonNode.Parse("""{"a":1}""")!;

        var result = await new WorkflowRunner(definition, new ScriptedInvoker()).RunAsync(input);

        input.ToJsonString().Should().Be("""{"a":1}""");
        result.Output!.ToJsonString().Should().Be("""{"a":1,"added":"v"}""");
    }

    [Fact]
    public void AnInvalidDefinition_CannotBeRun()
    {
        var definition = new WorkflowDefinition("bad", "Nope", [new SucceedState("A")]);

        var create = () => new WorkflowRunner(definition, new ScriptedInvoker());

        create.Should().Throw<WorkflowDefinitionException>();
    }
}
