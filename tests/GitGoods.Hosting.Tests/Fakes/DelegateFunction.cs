using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>A function made of a delegate, to script what a handler does.</summary>
public sealed class DelegateFunction(Func<ReadOnlyMemory<byte>, LambdaContext, Task<byte[]>> invoke) : ILambdaFunction
{
    public LambdaContext? LastContext { get; private set; }

    public static DelegateFunction Echo() => new((payload, _) => Task.FromResult(payload.ToArray()));

    public static DelegateFunction Throws(Exception exception) => new((_, _) => throw exception);

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        LastContext = context;
        return invoke(payload, context);
    }
}
