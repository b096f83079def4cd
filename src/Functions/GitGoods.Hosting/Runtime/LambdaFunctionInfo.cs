using System.Globalization;

namespace GitGoods.Hosting.Runtime;

/// <summary>
/// What Lambda tells the process about the function it hosts, read once at start-up from the variables
/// Lambda sets, plus the Powertools service name operators filter logs and metrics by.
/// </summary>
public sealed record LambdaFunctionInfo(string FunctionName, string FunctionVersion, int MemorySizeMb, string ServiceName)
{
    /// <summary>Powertools' own default, kept so dashboards built for Powertools see the same value.</summary>
    public const string UndefinedService = "service_undefined";

    public static LambdaFunctionInfo FromEnvironment(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var memory = int.TryParse(environment.GetVariable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out var mb) ? mb : 0;
        return new LambdaFunctionInfo(
            NonEmpty(environment.GetVariable("AWS_LAMBDA_FUNCTION_NAME")) ?? NonEmpty(environment.GetVariable("_HANDLER")) ?? "unknown",
            NonEmpty(environment.GetVariable("AWS_LAMBDA_FUNCTION_VERSION")) ?? "$LATEST",
            memory,
            NonEmpty(environment.GetVariable("POWERTOOLS_SERVICE_NAME")) ?? UndefinedService);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
