using System.Text;
using GitGoods.Hosting.Runtime;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

/// <summary>A function that records the event it got and answers with fixed bytes, or throws.</summary>
internal sealed class StubFunction(string response = """{"statusCode":204}""", Exception? failure = null) : ILambdaFunction
{
    public string? LastEvent { get; private set; }

    public LambdaContext? LastContext { get; private set; }

    public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        LastEvent = Encoding.UTF8.GetString(payload.Span);
        LastContext = context;
        return failure is null ? Task.FromResult(Encoding.UTF8.GetBytes(response)) : Task.FromException<byte[]>(failure);
    }
}
