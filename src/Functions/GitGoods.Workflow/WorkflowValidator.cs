namespace GitGoods.Workflow;

/// <summary>The checks behind <see cref="WorkflowDefinition.Validate"/>: what Step Functions would refuse, plus the runner's path subset.</summary>
internal static class WorkflowValidator
{
    private const int MaxNameLength = 80;
    private const int MaxRetryValue = 99_999_999;
    private const int MaxDelayLimit = 31_622_400;

    public static IReadOnlyList<string> Problems(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in definition.States ?? [])
        {
            if (string.IsNullOrEmpty(state.Name) || state.Name.Length > MaxNameLength)
            {
                problems.Add($"State name '{state.Name}' must be 1 to {MaxNameLength} characters.");
            }
            else if (!names.Add(state.Name))
            {
                problems.Add($"State name '{state.Name}' is used more than once.");
            }
        }

        if (names.Count == 0)
        {
            problems.Add("The workflow has no states.");
        }

        if (!names.Contains(definition.StartAt ?? ""))
        {
            problems.Add($"StartAt '{definition.StartAt}' is not a state.");
        }

        if (definition.TimeoutSeconds is <= 0)
        {
            problems.Add("TimeoutSeconds must be a positive integer.");
        }

        foreach (var state in definition.States ?? [])
        {
            CheckState(state, names, problems);
        }

        CheckReachable(definition, names, problems);
        return problems;
    }

    private static void CheckState(WorkflowState state, HashSet<string> names, List<string> problems)
    {
        var where = $"State '{state.Name}'";
        foreach (var target in state.Transitions)
        {
            if (!names.Contains(target))
            {
                problems.Add($"{where}: the transition target '{target}' is not a state.");
            }
        }

        switch (state)
        {
            case TaskState task:
                CheckNextOrEnd(where, task.Next, task.End, problems);
                CheckResource(where, task.Resource, problems);
                JsonTemplate.Check(task.ResultSelector, where + " ResultSelector", problems);
                CheckPath(where, "ResultPath", task.ResultPath, problems);
                CheckPath(where, "OutputPath", task.OutputPath, problems);
                if (task.TimeoutSeconds is <= 0)
                {
                    problems.Add($"{where}: TimeoutSeconds must be a positive integer.");
                }

                CheckRetry(where, task.Retry, problems);
                CheckCatch(where, task.Catch, problems);
                break;
            case PassState pass:
                CheckNextOrEnd(where, pass.Next, pass.End, problems);
                JsonTemplate.Check(pass.Parameters, where + " Parameters", problems);
                CheckPath(where, "ResultPath", pass.ResultPath, problems);
                break;
            case ChoiceState choice:
                if (choice.Choices is not { Count: > 0 })
                {
                    problems.Add($"{where}: a Choice state needs at least one rule.");
                }

                foreach (var rule in choice.Choices ?? [])
                {
                    CheckPath(where, "Variable", rule.Variable, problems, allowContext: true);
                }

                break;
            case FailState fail when string.IsNullOrEmpty(fail.Error):
                problems.Add($"{where}: a Fail state needs an Error name.");
                break;
        }
    }

    private static void CheckNextOrEnd(string where, string? next, bool end, List<string> problems)
    {
        if ((next is null) == !end)
        {
            problems.Add($"{where}: exactly one of Next and End must be set.");
        }
    }

    private static void CheckResource(string where, TaskResource resource, List<string> problems)
    {
        switch (resource)
        {
            case LambdaFunction lambda:
                if (string.IsNullOrWhiteSpace(lambda.FunctionName))
                {
                    problems.Add($"{where}: the Lambda FunctionName is empty.");
                }

                if (lambda.Payload is not null)
                {
                    JsonTemplate.Check(lambda.Payload, where + " Payload", problems);
                }
                else
                {
                    CheckPath(where, "Payload.$", lambda.PayloadPath, problems, allowContext: true);
                }

                break;
            case ServiceIntegration service:
                if (!service.Arn.StartsWith("arn:", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: Resource '{service.Arn}' is not an ARN.");
                }

                JsonTemplate.Check(service.Parameters, where + " Parameters", problems);
                break;
            default:
                problems.Add($"{where}: a Task needs a Resource.");
                break;
        }
    }

    private static void CheckPath(string where, string field, string? path, List<string> problems, bool allowContext = false)
    {
        if (path is null)
        {
            return; // JSON null: discard (ResultPath) or {} (OutputPath).
        }

        if (!JsonPath.TryParse(path, out var parsed, out var error))
        {
            problems.Add($"{where}: {field} '{path}' is not a supported path ({error}).");
        }
        else if (parsed.IsContext && !allowContext)
        {
            problems.Add($"{where}: {field} '{path}' cannot point into the context object.");
        }
    }

    private static void CheckErrorEquals(string where, string kind, int index, int count, IReadOnlyList<string> errors, List<string> problems)
    {
        if (errors is not { Count: > 0 } || errors.Any(string.IsNullOrEmpty))
        {
            problems.Add($"{where}: {kind} {index} needs non-empty error names in ErrorEquals.");
            return;
        }

        if (errors.Contains(WorkflowErrors.All, StringComparer.Ordinal) && (errors.Count > 1 || index != count - 1))
        {
            problems.Add($"{where}: {kind} {index}: {WorkflowErrors.All} must appear alone, in the last {kind}.");
        }
    }

    private static void CheckRetry(string where, IReadOnlyList<RetryPolicy> retry, List<string> problems)
    {
        for (var i = 0; i < retry.Count; i++)
        {
            var policy = retry[i];
            CheckErrorEquals(where, "retrier", i, retry.Count, policy.ErrorEquals, problems);
            if (policy.IntervalSeconds is < 1 or > MaxRetryValue)
            {
                problems.Add($"{where}: retrier {i}: IntervalSeconds must be an integer from 1 to {MaxRetryValue}.");
            }

            if (policy.MaxAttempts is < 0 or > MaxRetryValue)
            {
                problems.Add($"{where}: retrier {i}: MaxAttempts must be from 0 to {MaxRetryValue}.");
            }

            if (!(policy.BackoffRate >= 1.0) || double.IsInfinity(policy.BackoffRate))
            {
                problems.Add($"{where}: retrier {i}: BackoffRate must be at least 1.0.");
            }

            if (policy.MaxDelaySeconds is < 1 or >= MaxDelayLimit)
            {
                problems.Add($"{where}: retrier {i}: MaxDelaySeconds must be from 1 to {MaxDelayLimit - 1}.");
            }
        }
    }

    private static void CheckCatch(string where, IReadOnlyList<CatchRule> catchers, List<string> problems)
    {
        for (var i = 0; i < catchers.Count; i++)
        {
            CheckErrorEquals(where, "catcher", i, catchers.Count, catchers[i].ErrorEquals, problems);
            CheckPath(where, $"catcher {i} ResultPath", catchers[i].ResultPath, problems);
        }
    }

    private static void CheckReachable(WorkflowDefinition definition, HashSet<string> names, List<string> problems)
    {
        if (!names.Contains(definition.StartAt ?? ""))
        {
            return;
        }

        var byName = new Dictionary<string, WorkflowState>(StringComparer.Ordinal);
        foreach (var state in definition.States)
        {
            byName.TryAdd(state.Name, state);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.StartAt! };
        var pending = new Queue<string>(seen);
        while (pending.TryDequeue(out var name))
        {
            foreach (var target in byName[name].Transitions.Where(names.Contains))
            {
                if (seen.Add(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        foreach (var name in names.Where(n => !seen.Contains(n)))
        {
            problems.Add($"State '{name}' is not reachable from StartAt '{definition.StartAt}'.");
        }
    }
}
