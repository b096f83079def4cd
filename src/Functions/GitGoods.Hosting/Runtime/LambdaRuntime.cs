using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Metrics;

namespace GitGoods.Hosting.Runtime;

/// <summary>
/// The custom-runtime loop: initialise the function once, then take events from the Runtime API one at a
/// time and post each result or error back. Every dependency comes in through the constructor (no static
/// state), so tests can drive it one cycle at a time with <see cref="InvokeOnceAsync"/>.
/// </summary>
public sealed class LambdaRuntime
{
    private const string TraceIdVariable = "_X_AMZN_TRACE_ID";
    private readonly RuntimeApiClient _client;
    private readonly IWritableEnvironment _environment;
    private readonly TimeProvider _time;

    public LambdaRuntime(RuntimeApiClient client, IWritableEnvironment environment, TimeProvider time, ILineSink output)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _client = client;
        _environment = environment;
        _time = time;
        Function = LambdaFunctionInfo.FromEnvironment(environment);
        Logger = new LambdaLogger(output, time, Function, LogLevels.FromEnvironment(environment));
        Metrics = LambdaMetrics.FromEnvironment(output, time, environment, Function);
    }

    public LambdaFunctionInfo Function { get; }

    public LambdaLogger Logger { get; }

    public LambdaMetrics Metrics { get; }

    /// <summary>Initialises the function, then serves invocations until the Runtime API fails or <paramref name="cancellationToken"/> fires.</summary>
    /// <returns>The process exit code: 0 after cancellation, otherwise a <see cref="LambdaExitCodes"/> value.</returns>
    public async Task<int> RunAsync(Func<ILambdaFunction> initialize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        ILambdaFunction function;
        try
        {
            function = initialize();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return await ReportInitErrorAsync(exception, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await InvokeOnceAsync(function, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
        {
            Logger.Error("The Runtime API failed; exiting so Lambda replaces this execution environment.", exception);
            return LambdaExitCodes.RuntimeApiFailed;
        }
    }

    /// <summary>
    /// Serves one event: waits for it, sets <c>_X_AMZN_TRACE_ID</c>, runs the function and posts its response,
    /// or posts <c>/error</c> with the exception's type if it throws. Metrics are flushed whatever happens.
    /// </summary>
    /// <exception cref="RuntimeApiException">The Runtime API failed in a way the runtime cannot survive.</exception>
    /// <exception cref="HttpRequestException">The Runtime API cannot be reached.</exception>
    public async Task InvokeOnceAsync(ILambdaFunction function, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        var invocation = await _client.GetNextInvocationAsync(cancellationToken).ConfigureAwait(false);
        _environment.SetVariable(TraceIdVariable, invocation.TraceId);
        var context = new LambdaContext(invocation.RequestId, Function.FunctionName, Function.FunctionVersion, Function.MemorySizeMb,
            invocation.InvokedFunctionArn, invocation.TraceId, invocation.Deadline) { Logger = Logger, Metrics = Metrics };
        Logger.BeginInvocation(context);
        if (Logger.IsColdStart)
        {
            Metrics.WriteColdStart(Function.FunctionName);
        }

        try
        {
            await InvokeAndPostAsync(function, invocation, context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Metrics.Flush();
            Logger.EndInvocation();
        }
    }

    private async Task InvokeAndPostAsync(ILambdaFunction function, RuntimeInvocation invocation, LambdaContext context,
        CancellationToken cancellationToken)
    {
        byte[] response;
        try
        {
            // The handler's token fires at the deadline, so well-behaved handlers stop before Lambda kills them.
            using var deadline = new CancellationTokenSource(Clamp(context.RemainingTime(_time)), _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            response = await function.InvokeAsync(invocation.Payload, context, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            Logger.Error("The invocation failed.", exception);
            await PostOrLogAsync(_client.PostErrorAsync(invocation.RequestId, RuntimeError.From(exception), cancellationToken)).ConfigureAwait(false);
            return;
        }

        await PostOrLogAsync(_client.PostResponseAsync(invocation.RequestId, response, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>A 4xx about one invocation (413: response too large) loses that invocation only; anything else ends the runtime.</summary>
    private async Task PostOrLogAsync(Task post)
    {
        try
        {
            await post.ConfigureAwait(false);
        }
        catch (RuntimeApiException exception) when (!exception.IsFatal)
        {
            Logger.Error("The Runtime API refused the result of this invocation.", exception);
        }
    }

    private async Task<int> ReportInitErrorAsync(Exception exception, CancellationToken cancellationToken)
    {
        Logger.Error("The function failed to initialise.", exception);
        try
        {
            await _client.PostInitErrorAsync(RuntimeError.From(exception), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception postFailure) when (postFailure is RuntimeApiException or HttpRequestException)
        {
            Logger.Error("The Runtime API refused the init error.", postFailure);
        }

        return LambdaExitCodes.InitFailed;
    }

    private static TimeSpan Clamp(TimeSpan remaining) =>
        remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining > TimeSpan.FromDays(1) ? Timeout.InfiniteTimeSpan : remaining;
}
