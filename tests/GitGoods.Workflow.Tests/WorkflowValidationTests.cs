using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

public class WorkflowValidationTests
{
    private static readonly LambdaFunction Fn = new("fn");

    [Fact]
    public void TheSampleWorkflow_IsValid()
    {
        SampleWorkflow.Definition.Problems().Should().BeEmpty();
    }

    [Fact]
    public void UnknownTargets_AndUnknownStartAt_AreNamed()
    {
        var definition = new WorkflowDefinition("w", "Start",
        [
            new TaskState("A", Fn) { Next = "Missing", Catch = [new CatchRule(["States.ALL"], "AlsoMissing")] },
            new ChoiceState("B", [ChoiceRule.StringEquals("$.x", "y", "Ghost")]) { Default = "Phantom" },
        ]);

        var validate = definition.Validate;

        validate.Should().Throw<WorkflowDefinitionException>()
            .Which.Problems.Should().Contain(p => p.Contains("StartAt 'Start'"))
            .And.Contain(p => p.Contains("'Missing'"))
            .And.Contain(p => p.Contains("'AlsoMissing'"))
            .And.Contain(p => p.Contains("'Ghost'"))
            .And.Contain(p => p.Contains("'Phantom'"));
    }

    [Fact]
    public void DuplicateNames_AreRefused()
    {
        var definition = new WorkflowDefinition("w", "A", [new SucceedState("A"), new SucceedState("A")]);

        definition.Problems().Should().ContainSingle().Which.Should().Contain("'A' is used more than once");
    }

    [Fact]
    public void ATask_NeedsExactlyOneOfNextAndEnd()
    {
        var definition = new WorkflowDefinition("w", "Both",
        [
            new TaskState("Both", Fn) { Next = "Neither", End = true },
            new TaskState("Neither", Fn),
        ]);

        definition.Problems().Should().HaveCount(2).And.OnlyContain(p => p.Contains("exactly one of Next and End"));
    }

    [Fact]
    public void UnreachableStates_AreNamed()
    {
        var definition = new WorkflowDefinition("w", "A",
        [
            new PassState("A") { End = true },
            new PassState("Island") { Next = "Lagoon" },
            new SucceedState("Lagoon"),
        ]);

        var problems = definition.Problems();

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.Contains("'Island' is not reachable")).And.Contain(p => p.Contains("'Lagoon' is not reachable"));
    }

    [Fact]
    public void StatesAll_MustBeAloneAndLast()
    {
        var definition = new WorkflowDefinition("w", "A",
        [
            new TaskState("A", Fn)
            {
                Retry = [new RetryPolicy(["States.ALL"]), new RetryPolicy(["Other"])],
                Catch = [new CatchRule(["States.ALL", "Other"], "B")],
                End = true,
            },
            new SucceedState("B"),
        ]);

        definition.Problems().Should().HaveCount(2).And.OnlyContain(p => p.Contains("States.ALL must appear alone, in the last"));
    }

    [Fact]
    public void RetryNumbers_FollowAsl()
    {
        var definition = new WorkflowDefinition("w", "A",
        [
            new TaskState("A", Fn)
            {
                Retry = [new RetryPolicy(["E"], IntervalSeconds: 0, MaxAttempts: -1, BackoffRate: 0.5, MaxDelaySeconds: 0)],
                TimeoutSeconds = 0,
                End = true,
            },
        ]);

        var problems = definition.Problems();

        problems.Should().HaveCount(5);
        problems.Should().Contain(p => p.Contains("IntervalSeconds")).And.Contain(p => p.Contains("MaxAttempts"))
            .And.Contain(p => p.Contains("BackoffRate")).And.Contain(p => p.Contains("MaxDelaySeconds")).And.Contain(p => p.Contains("TimeoutSeconds"));
    }

    [Fact]
    public void PathsOutsideTheSupportedSubset_AreRefused()
    {
        var definition = new WorkflowDefinition("w", "A",
        [
            new TaskState("A", Fn with { PayloadPath = "$.items[*]" })
            {
                ResultSelector = new JsonObject { ["x.$"] = "States.Format('{}', $.a)" },
                ResultPath = "$$.State",
                OutputPath = "input",
                End = true,
            },
        ]);

        definition.Problems().Should().HaveCount(4);
    }

    [Fact]
    public void TheMessage_ListsEveryProblem()
    {
        var definition = new WorkflowDefinition("My workflow", "A", [new PassState("A") { Next = "X" }, new FailState("F", "", "")]);

        var validate = definition.Validate;

        validate.Should().Throw<WorkflowDefinitionException>()
            .WithMessage("The workflow 'My workflow' is invalid:*'X'*Fail state needs an Error*'F' is not reachable*");
    }
}
