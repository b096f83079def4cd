using GitGoods.Composition;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Manifest;

/// <summary>
/// One Lambda function: what triggers it, how big it is, what data it may touch, and how to build it.
/// The CDK app, the Lambda bootstrap and the local environment all read these from <see cref="FunctionManifest"/>.
/// </summary>
public sealed record FunctionDefinition(
    string Name,
    FunctionTrigger Trigger,
    DataAccess Access,
    Func<FunctionServices, ILambdaFunction> Create)
{
    public int MemoryMb { get; init; } = 512;

    public int TimeoutSeconds { get; init; } = 10;

    public string Description { get; init; } = "";

    /// <summary>
    /// Concurrent executions reserved for this function on AWS (Lambda's reserved concurrency): a floor no surge elsewhere
    /// can take away and a ceiling this function cannot pass. Null (most functions) shares the account's unreserved pool.
    /// Only the order path reserves, with the numbers of <see cref="ConcurrencyBudget"/>. The local environment has no
    /// concurrency quota to share and ignores it.
    /// </summary>
    public int? ReservedConcurrency { get; init; }
}
