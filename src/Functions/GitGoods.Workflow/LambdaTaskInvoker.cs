using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Workflow;

/// <summary>
/// The local environment's <see cref="ITaskInvoker"/>: Lambda tasks call the function in process through
/// <see cref="ILambdaFunction.InvokeAsync"/> (the entry point the Lambda bootstrap uses), and service integrations go to
/// a handler registered for their Resource ARN. Results and errors take the shapes Step Functions gives them.
/// </summary>
public sealed class LambdaTaskInvoker : ITaskInvoker
{
    /// <summary>The error a missing function gets (the Lambda API's ResourceNotFoundException, as the integration names it).</summary>
    public const string FunctionNotFound = "Lambda.ResourceNotFoundException";

    /// <summary>The error Lambda reports when a function runs past its timeout.</summary>
    public const string FunctionTimedOut = "Sandbox.Timedout";

    private static readonly TimeSpan DefaultFunctionTimeout = TimeSpan.FromSeconds(900);
    private readonly Func<string, ILambdaFunction?> _functions;
    private readonly IReadOnlyDictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>> _services;
    private readonly Func<string, LambdaContext>? _contexts;
    private readonly TimeProvider _time;

    /// <param name="functions">The function behind a FunctionName, or null when there is none.</param>
    /// <param name="services">Handlers for service integrations, by Resource ARN (e.g. <c>arn:aws:states:::sns:publish</c>).</param>
    /// <param name="contexts">
    /// The invocation context for a function (request id, memory, deadline, logger), built like the gateway builds it;
    /// by default a context with a 900 s deadline. The deadline is enforced as Lambda's own timeout.
    /// </param>
    /// <param name="time">The clock for deadlines.</param>
    public LambdaTaskInvoker(
        Func<string, ILambdaFunction?> functions,
        IReadOnlyDictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>>? services = null,
        Func<string, LambdaContext>? contexts = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _functions = functions;
        _services = services ?? new Dictionary<string, Func<JsonNode?, CancellationToken, Task<JsonNode?>>>(StringComparer.Ordinal);
        _contexts = contexts;
        _time = time ?? TimeProvider.System;
    }

    public Task<JsonNode?> InvokeAsync(TaskResource resource, JsonNode? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource switch
        {
            LambdaFunction lambda => InvokeFunctionAsync(lambda.FunctionName, parameters?["Payload"], cancellationToken),
            _ when _services.TryGetValue(resource.Arn, out var handler) => handler(parameters, cancellationToken),
            _ => throw new WorkflowTaskException(WorkflowErrors.Runtime, $"No handler is registered for the resource '{resource.Arn}'."),
        };
    }

    /// <summary>The error name and cause Step Functions reports for a function that threw <paramref name="exception"/>.</summary>
    public static WorkflowTaskException FunctionError(Exception exception)
    {
        // What the runtime posts to /error: Step Functions names the error by errorType and gives the whole document as the cause.
        var error = RuntimeError.From(exception);
        return new WorkflowTaskException(error.ErrorType, JsonSerializer.Serialize(error, HostingJsonContext.Default.RuntimeError), exception);
    }

    private async Task<JsonNode?> InvokeFunctionAsync(string name, JsonNode? payload, CancellationToken cancellationToken)
    {
        var function = _functions(name)
            ?? throw new WorkflowTaskException(FunctionNotFound, $"Function not found: {name} (Service: Lambda, Status Code: 404)");
        var context = _contexts?.Invoke(name) ?? DefaultContext(name);
        var bytes = Serialize(payload);
        var allowed = context.Deadline - _time.GetUtcNow();
        using var deadline = new CancellationTokenSource(allowed > TimeSpan.Zero ? allowed : TimeSpan.Zero, _time);
        using var invocation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        byte[] output;
        try
        {
            output = await function.InvokeAsync(bytes, context, invocation.Token).WaitAsync(invocation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = Math.Max(0, allowed.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
            var cause = new JsonObject { ["errorMessage"] = $"RequestId: {context.RequestId} Error: Task timed out after {seconds} seconds" };
            throw new WorkflowTaskException(FunctionTimedOut, cause.ToJsonString(), e);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw FunctionError(e);
        }

        return new JsonObject { ["Payload"] = ParseOutput(name, output), ["StatusCode"] = 200 };
    }

    private static byte[] Serialize(JsonNode? payload)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (payload is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                payload.WriteTo(writer);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static JsonNode? ParseOutput(string name, byte[] output)
    {
        if (output.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(output);
        }
        catch (JsonException e)
        {
            throw new WorkflowTaskException(WorkflowErrors.Runtime, $"The output of {name} is not JSON: {e.Message}", e);
        }
    }

    private LambdaContext DefaultContext(string name)
    {
        var now = _time.GetUtcNow();
        return new LambdaContext(Guid.NewGuid().ToString(), name, "$LATEST", 128,
            $"arn:aws:lambda:ap-southeast-1:000000000000:function:{name}", null, now + DefaultFunctionTimeout);
    }
}
