using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// Writes a <see cref="WorkflowDefinition"/> as Amazon States Language JSON (the CDK app's state machine definition).
/// Lambda function names go through a callback, so the CDK can emit <c>${Key}</c> placeholders for DefinitionSubstitutions.
/// </summary>
public static class AslWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>Validates <paramref name="definition"/> and writes it as ASL.</summary>
    /// <param name="definition">The workflow.</param>
    /// <param name="functionName">The FunctionName value to emit for a Lambda function's name; the name itself when null.</param>
    /// <exception cref="WorkflowDefinitionException">The definition is invalid.</exception>
    public static string Write(WorkflowDefinition definition, Func<string, string>? functionName = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        functionName ??= static name => name;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("Comment", definition.Comment);
            writer.WriteString("StartAt", definition.StartAt);
            if (definition.TimeoutSeconds is { } timeout)
            {
                writer.WriteNumber("TimeoutSeconds", timeout);
            }

            writer.WriteStartObject("States");
            foreach (var state in definition.States)
            {
                writer.WriteStartObject(state.Name);
                WriteState(writer, state, functionName);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteState(Utf8JsonWriter writer, WorkflowState state, Func<string, string> functionName)
    {
        writer.WriteString("Type", state.Type);
        if (state.Comment is not null)
        {
            writer.WriteString("Comment", state.Comment);
        }

        switch (state)
        {
            case TaskState task:
                WriteTask(writer, task, functionName);
                break;
            case PassState pass:
                WriteNode(writer, "Parameters", pass.Parameters);
                WriteNode(writer, "Result", pass.Result);
                WritePath(writer, "ResultPath", pass.ResultPath);
                WriteNextOrEnd(writer, pass.Next);
                break;
            case ChoiceState choice:
                writer.WriteStartArray("Choices");
                foreach (var rule in choice.Choices)
                {
                    writer.WriteStartObject();
                    writer.WriteString("Variable", rule.Variable);
                    writer.WritePropertyName(rule.Comparison.OperatorName);
                    rule.Comparison.OperandJson().WriteTo(writer);
                    writer.WriteString("Next", rule.Next);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                if (choice.Default is not null)
                {
                    writer.WriteString("Default", choice.Default);
                }

                break;
            case FailState fail:
                writer.WriteString("Error", fail.Error);
                writer.WriteString("Cause", fail.Cause);
                break;
        }
    }

    private static void WriteTask(Utf8JsonWriter writer, TaskState task, Func<string, string> functionName)
    {
        writer.WriteString("Resource", task.Resource.Arn);
        switch (task.Resource)
        {
            case LambdaFunction lambda:
                writer.WriteStartObject("Parameters");
                writer.WriteString("FunctionName", functionName(lambda.FunctionName));
                if (lambda.Payload is not null)
                {
                    WriteNode(writer, "Payload", lambda.Payload);
                }
                else
                {
                    writer.WriteString("Payload.$", lambda.PayloadPath);
                }

                writer.WriteEndObject();
                break;
            case ServiceIntegration service:
                WriteNode(writer, "Parameters", service.Parameters);
                break;
        }

        WriteNode(writer, "ResultSelector", task.ResultSelector);
        WritePath(writer, "ResultPath", task.ResultPath);
        WritePath(writer, "OutputPath", task.OutputPath);
        if (task.TimeoutSeconds is { } timeout)
        {
            writer.WriteNumber("TimeoutSeconds", timeout);
        }

        if (task.Retry.Count > 0)
        {
            writer.WriteStartArray("Retry");
            foreach (var retry in task.Retry)
            {
                WriteRetry(writer, retry);
            }

            writer.WriteEndArray();
        }

        if (task.Catch.Count > 0)
        {
            writer.WriteStartArray("Catch");
            foreach (var rule in task.Catch)
            {
                writer.WriteStartObject();
                WriteErrors(writer, rule.ErrorEquals);
                WritePath(writer, "ResultPath", rule.ResultPath);
                writer.WriteString("Next", rule.Next);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteNextOrEnd(writer, task.Next);
    }

    private static void WriteRetry(Utf8JsonWriter writer, RetryPolicy retry)
    {
        writer.WriteStartObject();
        WriteErrors(writer, retry.ErrorEquals);
        writer.WriteNumber("IntervalSeconds", retry.IntervalSeconds);
        writer.WriteNumber("MaxAttempts", retry.MaxAttempts);
        writer.WriteNumber("BackoffRate", retry.BackoffRate);
        if (retry.MaxDelaySeconds is { } maxDelay)
        {
            writer.WriteNumber("MaxDelaySeconds", maxDelay);
        }

        if (retry.JitterStrategy == JitterStrategy.Full)
        {
            writer.WriteString("JitterStrategy", "FULL");
        }

        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<string> errors)
    {
        writer.WriteStartArray("ErrorEquals");
        foreach (var error in errors)
        {
            writer.WriteStringValue(error);
        }

        writer.WriteEndArray();
    }

    /// <summary>"$" is ASL's default and is left out; null is written as JSON null (discard).</summary>
    private static void WritePath(Utf8JsonWriter writer, string name, string? path)
    {
        if (path is null)
        {
            writer.WriteNull(name);
        }
        else if (!string.Equals(path, "$", StringComparison.Ordinal))
        {
            writer.WriteString(name, path);
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, string name, JsonNode? node)
    {
        if (node is not null)
        {
            writer.WritePropertyName(name);
            node.WriteTo(writer);
        }
    }

    private static void WriteNextOrEnd(Utf8JsonWriter writer, string? next)
    {
        if (next is not null)
        {
            writer.WriteString("Next", next);
        }
        else
        {
            writer.WriteBoolean("End", true);
        }
    }
}
