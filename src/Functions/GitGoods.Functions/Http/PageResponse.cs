using System.Text.Json.Serialization;

namespace GitGoods.Http;

/// <summary>A page of a list, as every list endpoint answers: <c>nextCursor</c> is null, never absent, on the last page.</summary>
public sealed record PageResponse<T>(
    IReadOnlyList<T> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor);
