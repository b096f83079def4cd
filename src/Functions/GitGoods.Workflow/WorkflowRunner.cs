using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// Executes a <see cref="WorkflowDefinition"/> in process with Step Functions semantics for its subset: JSONPath
/// Parameters / ResultSelector / ResultPath / OutputPath, Retry with backoff and jitter, Catch, per-task and
/// per-execution timeouts. The local environment runs the shop's workflows with it; task work goes through <see cref="ITaskInvoker"/>.
/// </summary>
public sealed class WorkflowRunner
{
    private readonly ITaskInvoker _invoker;
    private readonly WorkflowRunnerOptions _options;
    private readonly Dictionary<string, WorkflowState> _states;

    /// <exception cref="WorkflowDefinitionException">The definition is invalid.</exception>
    public WorkflowRunner(WorkflowDefinition definition, ITaskInvoker invoker, WorkflowRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(invoker);
        definition.Validate();
        Definition = definition;
        _invoker = invoker;
        _options = options ?? WorkflowRunnerOptions.Default;
        _states = definition.States.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>Runs one execution to its end. Failures are results, not exceptions.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<WorkflowExecutionResult> RunAsync(JsonNode? input, CancellationToken cancellationToken = default) =>
        RunAsync(input, Guid.NewGuid().ToString(), cancellationToken);

    /// <summary>Runs one execution named <paramref name="executionName"/> (seen as <c>$$.Execution.Name</c>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WorkflowExecutionResult> RunAsync(JsonNode? input, string executionName, CancellationToken cancellationToken)
    {
        var time = _options.Time;
        var context = new ExecutionContextObject(_options.StateMachineName, executionName, time.GetUtcNow(), input);
        var history = new List<string>();
        using var deadline = Definition.TimeoutSeconds is { } seconds
            ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds), time)
            : new CancellationTokenSource();
        using var execution = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await RunStatesAsync(input?.DeepClone(), context, history, execution.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WorkflowExecutionResult(ExecutionStatus.TimedOut, null, WorkflowErrors.Timeout,
                $"The execution ran longer than its TimeoutSeconds ({Definition.TimeoutSeconds}).", history);
        }
    }

    private async Task<WorkflowExecutionResult> RunStatesAsync(
        JsonNode? data, ExecutionContextObject context, List<string> history, CancellationToken cancellationToken)
    {
        var name = Definition.StartAt;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            history.Add(name);
            var entered = _options.Time.GetUtcNow();
            StateOutcome outcome;
            try
            {
                outcome = _states[name] switch
                {
                    TaskState task => await RunTaskAsync(task, data, context, entered, cancellationToken).ConfigureAwait(false),
                    PassState pass => RunPass(pass, data, context.For(name, entered, 0)),
                    ChoiceState choice => RunChoice(choice, data, context.For(name, entered, 0)),
                    SucceedState => new StateOutcome(data, null),
                    FailState fail => StateOutcome.Fail(fail.Error, fail.Cause),
                    var other => throw new WorkflowTaskException(WorkflowErrors.Runtime, $"Unsupported state type {other.Type}."),
                };
            }
            catch (WorkflowTaskException e)
            {
                outcome = StateOutcome.Fail(e.Error, e.Cause);
            }

            if (outcome.Error is not null)
            {
                return WorkflowExecutionResult.Failure(outcome.Error, outcome.Cause ?? "", history);
            }

            if (outcome.Next is null)
            {
                return WorkflowExecutionResult.Success(outcome.Output, history);
            }

            data = outcome.Output;
            name = outcome.Next;
        }
    }

    private static StateOutcome RunPass(PassState pass, JsonNode? input, JsonObject context)
    {
        var effective = pass.Parameters is null ? input : JsonTemplate.Resolve(pass.Parameters, input, context);
        var output = ApplyResultPath(pass.ResultPath, input, pass.Result ?? effective);
        return new StateOutcome(output, pass.Next);
    }

    private static StateOutcome RunChoice(ChoiceState choice, JsonNode? input, JsonObject context)
    {
        foreach (var rule in choice.Choices)
        {
            if (Matches(rule, input, context))
            {
                return new StateOutcome(input, rule.Next);
            }
        }

        return choice.Default is { } fallback
            ? new StateOutcome(input, fallback)
            : StateOutcome.Fail(WorkflowErrors.NoChoiceMatched, $"No Matches! (state '{choice.Name}')");
    }

    private static bool Matches(ChoiceRule rule, JsonNode? input, JsonObject context)
    {
        var path = JsonPath.Parse(rule.Variable);
        var found = path.TryRead(path.IsContext ? context : input, out var value);
        if (rule.Comparison is IsPresentComparison isPresent)
        {
            return found == isPresent.Value;
        }

        if (!found)
        {
            throw new WorkflowTaskException(WorkflowErrors.Runtime,
                $"Invalid path '{rule.Variable}': The choice state's condition path references an invalid value.");
        }

        return rule.Comparison switch
        {
            StringEqualsComparison s => value is JsonValue v && v.TryGetValue<string>(out var text) && string.Equals(text, s.Value, StringComparison.Ordinal),
            BooleanEqualsComparison b => value is JsonValue v && v.TryGetValue<bool>(out var flag) && flag == b.Value,
            _ => false,
        };
    }

    private async Task<StateOutcome> RunTaskAsync(
        TaskState task, JsonNode? input, ExecutionContextObject context, DateTimeOffset entered, CancellationToken cancellationToken)
    {
        var parameters = Parameters(task.Resource, input, context.For(task.Name, entered, 0));
        var retries = new int[task.Retry.Count];
        var retryCount = 0;
        while (true)
        {
            WorkflowTaskException failure;
            try
            {
                var result = await InvokeAsync(task, parameters, cancellationToken).ConfigureAwait(false);
                return new StateOutcome(ShapeResult(task, input, result, context.For(task.Name, entered, retryCount)), task.Next);
            }
            catch (WorkflowTaskException e) when (!string.Equals(e.Error, WorkflowErrors.Runtime, StringComparison.Ordinal))
            {
                failure = e;
            }

            var retrier = IndexOfMatch(task.Retry.Select(r => r.ErrorEquals), failure.Error);
            if (retrier >= 0 && retries[retrier] < task.Retry[retrier].MaxAttempts)
            {
                var policy = task.Retry[retrier];
                var delay = RetryDelay.Compute(policy, retries[retrier], _options.Random());
                retries[retrier]++;
                retryCount++;
                await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var catcher = IndexOfMatch(task.Catch.Select(c => c.ErrorEquals), failure.Error);
            if (catcher < 0)
            {
                return StateOutcome.Fail(failure.Error, failure.Cause);
            }

            var rule = task.Catch[catcher];
            var error = new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause };
            return new StateOutcome(ApplyResultPath(rule.ResultPath, input, error), rule.Next);
        }
    }

    private async Task<JsonNode?> InvokeAsync(TaskState task, JsonNode? parameters, CancellationToken execution)
    {
        using var timeout = task.TimeoutSeconds is { } seconds
            ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds), _options.Time)
            : new CancellationTokenSource();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(execution, timeout.Token);
        try
        {
            // WaitAsync: an invoker that ignores its token still times out.
            return await _invoker.InvokeAsync(task.Resource, parameters?.DeepClone(), attempt.Token)
                .WaitAsync(attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (execution.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
        {
            throw new WorkflowTaskException(WorkflowErrors.Timeout,
                $"The task '{task.Name}' ran longer than its TimeoutSeconds ({task.TimeoutSeconds}).", e);
        }
        catch (Exception e) when (e is not WorkflowTaskException)
        {
            throw new WorkflowTaskException(WorkflowErrors.TaskFailed, e.Message, e);
        }
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        _options.RetryDelay is { } custom ? custom(delay, cancellationToken) : Task.Delay(delay, _options.Time, cancellationToken);

    private static JsonNode? Parameters(TaskResource resource, JsonNode? input, JsonObject context) => resource switch
    {
        LambdaFunction lambda => new JsonObject
        {
            ["FunctionName"] = lambda.FunctionName,
            ["Payload"] = lambda.Payload is not null
                ? JsonTemplate.Resolve(lambda.Payload, input, context)
                : JsonTemplate.ReadPath(lambda.PayloadPath, input, context, "Payload.$"),
        },
        ServiceIntegration service => JsonTemplate.Resolve(service.Parameters, input, context),
        _ => throw new WorkflowTaskException(WorkflowErrors.Runtime, $"Unsupported task resource {resource.Arn}."),
    };

    private static JsonNode? ShapeResult(TaskState task, JsonNode? input, JsonNode? result, JsonObject context)
    {
        var selected = task.ResultSelector is null ? result : JsonTemplate.Resolve(task.ResultSelector, result, context);
        var combined = ApplyResultPath(task.ResultPath, input, selected);
        return task.OutputPath switch
        {
            null => new JsonObject(),
            "$" => combined,
            var path => JsonTemplate.ReadPath(path, combined, context, "OutputPath"),
        };
    }

    private static JsonNode? ApplyResultPath(string? resultPath, JsonNode? input, JsonNode? result)
    {
        if (resultPath is null)
        {
            return input;
        }

        try
        {
            return JsonPath.Parse(resultPath).Write(input, result);
        }
        catch (InvalidOperationException e)
        {
            throw new WorkflowTaskException(WorkflowErrors.ResultPathMatchFailure,
                $"{e.Message} The input was {input?.ToJsonString() ?? "null"}.", e);
        }
    }

    private static int IndexOfMatch(IEnumerable<IReadOnlyList<string>> rules, string error)
    {
        var index = 0;
        foreach (var errorEquals in rules)
        {
            if (ErrorMatcher.Matches(errorEquals, error))
            {
                return index;
            }

            index++;
        }

        return -1;
    }

    private sealed record StateOutcome(JsonNode? Output, string? Next, string? Error = null, string? Cause = null)
    {
        public static StateOutcome Fail(string error, string cause) => new(null, null, error, cause);
    }
}
