namespace GitGoods.Infrastructure.Api;

/// <summary>How the HTTP API is exposed.</summary>
public sealed record HttpApiOptions
{
    /// <summary>Origins allowed by CORS. The SPA is served from the same origin in production, so "*" only matters for development.</summary>
    public IReadOnlyList<string> AllowOrigins { get; init; } = ["*"];

    /// <summary>Write one JSON line per request to a CloudWatch log group.</summary>
    public bool AccessLogging { get; init; }
}
