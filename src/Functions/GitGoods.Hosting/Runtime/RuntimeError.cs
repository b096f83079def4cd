namespace GitGoods.Hosting.Runtime;

/// <summary>The body of <c>/error</c> and <c>/init/error</c>, as Lambda documents it.</summary>
public sealed record RuntimeError(string ErrorMessage, string ErrorType, IReadOnlyList<string> StackTrace)
{
    /// <summary>The error type is the exception's full type name, so operators can group errors by it.</summary>
    public static RuntimeError From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var lines = (exception.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new RuntimeError(exception.Message, exception.GetType().FullName ?? exception.GetType().Name, lines);
    }
}
