using System.Net;

namespace GitGoods.Hosting.Runtime;

/// <summary>
/// The Runtime API refused a call. A 5xx means the execution environment is broken: the runtime must exit
/// promptly and let Lambda start a new one (<see cref="IsFatal"/>).
/// </summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException()
    {
    }

    public RuntimeApiException(string message)
        : base(message)
    {
    }

    public RuntimeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuntimeApiException(string path, HttpStatusCode statusCode)
        : base($"The Runtime API answered {(int)statusCode} to {path}.")
    {
        StatusCode = statusCode;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>True unless the API answered a 4xx about one invocation; those lose that invocation only.</summary>
    public bool IsFatal => StatusCode is not { } status || (int)status >= 500 || (int)status < 400;
}
