namespace GitGoods.Http;

/// <summary>RFC 9457 problem details: the body of every error a function produces.</summary>
public sealed record ProblemDetails(
    string Type,
    string Title,
    int Status,
    string Detail,
    string TraceId,
    IReadOnlyDictionary<string, string[]>? Errors = null);
