using System.Text.Json.Serialization;

namespace GitGoods.Health;

/// <summary>One dependency in the readiness report: <c>up</c> or <c>down</c>, how long its check took, and a short note.</summary>
public sealed record ReadinessCheck(string Name, string Status, int LatencyMs, string? Detail = null)
{
    public const string Up = "up";
    public const string Down = "down";

    [JsonIgnore]
    public bool IsUp => string.Equals(Status, Up, StringComparison.Ordinal);
}

/// <summary>200 body of GET /api/health/ready: <c>{"status":"ready","checks":[…]}</c>.</summary>
public sealed record ReadinessResponse(string Status, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>503 body of GET /api/health/ready: problem details with the same <c>checks</c> as an extension member.</summary>
public sealed record ReadinessProblem(string Type, string Title, int Status, string Detail, string TraceId, IReadOnlyList<ReadinessCheck> Checks);
