using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Bootstrap;

/// <summary>
/// Wires the manifest to the runtime loop. Everything that can fail at start-up (an unknown <c>_HANDLER</c>,
/// missing settings, a factory that throws) runs inside the runtime's initialise step, so Lambda hears of it
/// through <c>/init/error</c> instead of a bare crash.
/// </summary>
public static class FunctionHost
{
    public const string HandlerVariable = "_HANDLER";

    /// <summary>
    /// Wins over <c>_HANDLER</c> when set: on the managed runtime (executable-assembly mode) Lambda puts the
    /// assembly name in <c>_HANDLER</c>, so the function must be named elsewhere.
    /// </summary>
    public const string FunctionVariable = "GITGOODS_FUNCTION";
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IWritableEnvironment environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var runtimeApi = environment.GetVariable(RuntimeApiVariable);
        if (string.IsNullOrWhiteSpace(runtimeApi))
        {
            await Console.Error.WriteLineAsync($"{RuntimeApiVariable} is not set: this executable runs inside AWS Lambda.").ConfigureAwait(false);
            return LambdaExitCodes.InitFailed;
        }

        var output = StreamLineSink.StandardOutput();

        using var client = new RuntimeApiClient(runtimeApi);
        var runtime = new LambdaRuntime(client, environment, time, output);
        FunctionServices? services = null;
        try
        {
            return await runtime.RunAsync(() =>
            {
                var definition = Resolve(environment.GetVariable(FunctionVariable) ?? environment.GetVariable(HandlerVariable));
                // No IDaxClientFactory: this build has no DAX client (decision 0017); a DAX_ENDPOINT is warned about and read around.
                services = new FunctionServices(FunctionSettings.FromEnvironment(environment), time) { Logger = runtime.Logger };
                return definition.Create(services);
            }).ConfigureAwait(false);
        }
        finally
        {
            services?.Dispose();
        }
    }

    /// <exception cref="UnknownHandlerException">No manifest entry is named <paramref name="handler"/>.</exception>
    private static FunctionDefinition Resolve(string? handler) =>
        FunctionManifest.Find(handler ?? "") ?? throw new UnknownHandlerException(handler);
}
