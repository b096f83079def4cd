namespace GitGoods.Infrastructure.Api;

/// <summary>How the HTTP API is exposed.</summary>
public sealed record HttpApiOptions
{
    /// <summary>The CORS policy; null (the default) for none at all, so browsers allow same-origin calls only.</summary>
    public ApiCors? Cors { get; init; }

    /// <summary>Write one JSON line per request to a CloudWatch log group.</summary>
    public bool AccessLogging { get; init; }
}
