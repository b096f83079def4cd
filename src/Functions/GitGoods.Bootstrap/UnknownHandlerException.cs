using GitGoods.Manifest;

namespace GitGoods.Bootstrap;

/// <summary><c>_HANDLER</c> names no function of the manifest: a deployment mistake, reported as an init error.</summary>
public sealed class UnknownHandlerException : Exception
{
    public UnknownHandlerException()
    {
    }

    public UnknownHandlerException(string? handler)
        : base($"_HANDLER '{handler}' names no function. Known: {string.Join(", ", FunctionManifest.All.Select(f => f.Name))}.")
    {
    }

    public UnknownHandlerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
