namespace GitGoods.Hosting.Runtime;

/// <summary>
/// One Lambda function as the runtime sees it: raw event bytes in, raw response bytes out.
/// The Lambda bootstrap and the local environment both call this, so both run the very same code.
/// </summary>
public interface ILambdaFunction
{
    /// <summary>Handles one invocation.</summary>
    /// <exception cref="Exception">Any exception is a function error: the runtime reports it to <c>/error</c>.</exception>
    Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken);
}
