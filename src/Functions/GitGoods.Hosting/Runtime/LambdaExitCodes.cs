namespace GitGoods.Hosting.Runtime;

/// <summary>How the bootstrap process ends; Lambda only cares that it is not zero, operators read which.</summary>
public static class LambdaExitCodes
{
    /// <summary>After <c>/init/error</c>: Lambda reports an init failure and starts afresh.</summary>
    public const int InitFailed = 1;

    /// <summary>The Runtime API failed (5xx or unreachable): the execution environment is beyond repair.</summary>
    public const int RuntimeApiFailed = 2;
}
