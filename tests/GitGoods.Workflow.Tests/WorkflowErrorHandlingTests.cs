using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GitGoods.Workflow;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Workflow.Tests;

public class WorkflowErrorHandlingTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    private WorkflowRunnerOptions Recording(Func<double>? random = null) => new()
    {
        RetryDelay = (delay, _) =>
        {
            _delays.Enqueue(delay);
            return Task.CompletedTask;
        },
        Random = random ?? (() => 0.5),
    };

    private static WorkflowDefinition OneTask(TaskState task) => new("one task", task.Name,
    [
        task,
        new PassState("Caught") { End = true },
        new PassState("CaughtAll") { End = true },
        new SucceedState("Done"),
    ]);

    private static TaskState Work(params RetryPolicy[] retry) => new("Work", new LambdaFunction("work"))
    {
        Retry = retry,
        Catch = [new CatchRule(["Specific"], "Caught", "$.error"), new CatchRule([WorkflowErrors.All], "CaughtAll", "$.error")],
        Next = "Done",
    };

    private static ScriptedInvoker FailsThenSucceeds(int failures, string error = "Lambda.ServiceException")
    {
        var invoker = new ScriptedInvoker();
        for (var i = 0; i < failures; i++)
        {
            invoker.Fails("work", error);
        }

        return invoker.Function("work", _ => new JsonObject { ["ok"] = true });
    }

    [Fact]
    public async Task Retry_ThenSuccess_WaitsIntervalTimesBackoffToTheN_CappedByMaxDelay()
    {
        var definition = OneTask(Work(new RetryPolicy(["Lambda.ServiceException"], IntervalSeconds: 1, MaxAttempts: 5, BackoffRate: 2.0, MaxDelaySeconds: 5)));
        var invoker = FailsThenSucceeds(5);

        var result = await new WorkflowRunner(definition, invoker, Recording()).RunAsync(new JsonObject());

        result.Status.Should().Be(ExecutionStatus.Succeeded);
        result.History.Should().Equal("Work", "Done");
        invoker.CallsTo("work").Should().Be(6);
        _delays.Select(d => d.TotalSeconds).Should().Equal(1, 2, 4, 5, 5);
    }

    [Fact]
    public async Task FullJitter_WaitsARandomPartOfEachDelay()
    {
        var definition = OneTask(Work(new RetryPolicy(["Lambda.ServiceException"], 3, 4, 3.0, null, JitterStrategy.Full)));
        var fixedHalf = await new WorkflowRunner(definition, FailsThenSucceeds(4), Recording(() => 0.5)).RunAsync(new JsonObject());
        var halves = _delays.ToArray();
        _delays.Clear();

        var random = await new WorkflowRunner(definition, FailsThenSucceeds(4), Recording(Random.Shared.NextDouble)).RunAsync(new JsonObject());

        fixedHalf.Succeeded.Should().BeTrue();
        random.Succeeded.Should().BeTrue();
        halves.Select(d => d.TotalSeconds).Should().Equal(1.5, 4.5, 13.5, 40.5);
        var nominal = new[] { 3.0, 9.0, 27.0, 81.0 };
        _delays.Select((d, i) => d.TotalSeconds >= 0 && d.TotalSeconds <= nominal[i]).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public async Task RetriesExhausted_GoToTheCatch_WithTheErrorAtItsResultPath()
    {
        var definition = OneTask(Work(new RetryPolicy(["Specific"], 1, 2, 2.0)));
        var invoker = FailsThenSucceeds(10, "Specific");

        var result = await new WorkflowRunner(definition, invoker, Recording()).RunAsync(JsonNode.Parse("""{"id":1}"""));

        invoker.CallsTo("work").Should().Be(3);
        _delays.Select(d => d.TotalSeconds).Should().Equal(1, 2);
        result.History.Should().Equal("Work", "Caught");
        result.Output!.ToJsonString().Should().Be("""{"id":1,"error":{"Error":"Specific","Cause":"it failed"}}""");
    }

    [Fact]
    public async Task TheFirstMatchingRetrier_Decides_EvenWhenItAllowsNoAttempts()
    {
        var definition = OneTask(Work(new RetryPolicy(["Specific"], MaxAttempts: 0), new RetryPolicy([WorkflowErrors.All], MaxAttempts: 3)));
        var invoker = FailsThenSucceeds(10, "Specific");

        var result = await new WorkflowRunner(definition, invoker, Recording()).RunAsync(new JsonObject());

        invoker.CallsTo("work").Should().Be(1);
        result.History.Should().Equal("Work", "Caught");
    }

    [Fact]
    public async Task Catchers_AreTriedInOrder_SoASpecificErrorBeatsStatesAll()
    {
        var definition = OneTask(Work());

        var specific = await new WorkflowRunner(definition, FailsThenSucceeds(1, "Specific")).RunAsync(new JsonObject());
        var other = await new WorkflowRunner(definition, FailsThenSucceeds(1, "SomethingElse")).RunAsync(new JsonObject());

        specific.History.Should().Equal("Work", "Caught");
        other.History.Should().Equal("Work", "CaughtAll");
        other.Output!["error"]!["Error"]!.GetValue<string>().Should().Be("SomethingElse");
    }

    [Fact]
    public async Task AnUncaughtError_FailsTheExecution_WithThatErrorAndCause()
    {
        var definition = new WorkflowDefinition("w", "Work", [new TaskState("Work", new LambdaFunction("work")) { End = true }]);

        var result = await new WorkflowRunner(definition, FailsThenSucceeds(1, "Specific")).RunAsync(new JsonObject());

        result.Status.Should().Be(ExecutionStatus.Failed);
        (result.Error, result.Cause).Should().Be(("Specific", "it failed"));
    }

    [Fact]
    public async Task TaskTimeout_IsStatesTimeout_WhichStatesTaskFailedDoesNotMatch()
    {
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = new TaskState("Work", new LambdaFunction("work"))
        {
            TimeoutSeconds = 5,
            Retry = [new RetryPolicy([WorkflowErrors.TaskFailed], MaxAttempts: 3)],
            Catch = [new CatchRule([WorkflowErrors.TaskFailed], "Caught", "$.error"), new CatchRule([WorkflowErrors.All], "CaughtAll", "$.error")],
            Next = "Done",
        };
        var invoker = new ScriptedInvoker().Hangs("work", started);
        var runner = new WorkflowRunner(OneTask(task), invoker, Recording() with { Time = time });

        var run = runner.RunAsync(new JsonObject());
        await started.Task.WaitAsync(Deadline);
        time.Advance(TimeSpan.FromSeconds(5));
        var result = await run.WaitAsync(Deadline);

        invoker.CallsTo("work").Should().Be(1);
        _delays.Should().BeEmpty();
        result.History.Should().Equal("Work", "CaughtAll");
        result.Output!["error"]!["Error"]!.GetValue<string>().Should().Be("States.Timeout");
    }

    [Fact]
    public async Task StatesTaskFailed_MatchesOtherErrors()
    {
        var task = Work() with { Catch = [new CatchRule([WorkflowErrors.TaskFailed], "Caught"), new CatchRule([WorkflowErrors.All], "CaughtAll")] };

        var result = await new WorkflowRunner(OneTask(task), FailsThenSucceeds(1, "Lambda.ServiceException")).RunAsync(new JsonObject());

        result.History.Should().Equal("Work", "Caught");
        result.Output!.ToJsonString().Should().Be("""{"Error":"Lambda.ServiceException","Cause":"it failed"}""");
    }

    [Fact]
    public async Task ATimedOutTask_IsRetriedWhenARetrierNamesStatesTimeout()
    {
        var time = new FakeTimeProvider();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = new TaskState("Work", new LambdaFunction("work"))
        {
            TimeoutSeconds = 2,
            Retry = [new RetryPolicy([WorkflowErrors.Timeout], MaxAttempts: 1)],
            Next = "Done",
        };
        var invoker = new ScriptedInvoker().Hangs("work", first).Function("work", _ => "second time lucky");
        var definition = new WorkflowDefinition("timeout retry", "Work", [task, new SucceedState("Done")]);
        var run = new WorkflowRunner(definition, invoker, Recording() with { Time = time }).RunAsync(new JsonObject());

        await first.Task.WaitAsync(Deadline);
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await run.WaitAsync(Deadline);

        result.Succeeded.Should().BeTrue();
        result.Output!["Payload"]!.GetValue<string>().Should().Be("second time lucky");
        invoker.CallsTo("work").Should().Be(2);
    }

    [Fact]
    public async Task ExecutionTimeout_EndsTheExecution_AsTimedOut()
    {
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var definition = OneTask(Work()) with { TimeoutSeconds = 60 };
        var run = new WorkflowRunner(definition, new ScriptedInvoker().Hangs("work", started), Recording() with { Time = time }).RunAsync(new JsonObject());

        await started.Task.WaitAsync(Deadline);
        time.Advance(TimeSpan.FromSeconds(60));
        var result = await run.WaitAsync(Deadline);

        result.Status.Should().Be(ExecutionStatus.TimedOut);
        result.Error.Should().Be("States.Timeout");
        result.History.Should().Equal("Work");
    }

    [Fact]
    public async Task AnExceptionThatIsNotATaskError_IsStatesTaskFailed()
    {
        var invoker = new ScriptedInvoker().Step("work", (_, _) => throw new InvalidOperationException("bug"));

        var result = await new WorkflowRunner(OneTask(Work()), invoker).RunAsync(new JsonObject());

        result.History.Should().Equal("Work", "CaughtAll");
        result.Output!["error"]!.ToJsonString().Should().Be("""{"Error":"States.TaskFailed","Cause":"bug"}""");
    }

    [Fact]
    public async Task CancellingTheCaller_CancelsTheExecution()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = new WorkflowRunner(OneTask(Work()), new ScriptedInvoker().Hangs("work", started)).RunAsync(new JsonObject(), cancel.Token);

        await started.Task.WaitAsync(Deadline);
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => run.WaitAsync(Deadline)).Should().ThrowAsync<OperationCanceledException>();
    }
}
