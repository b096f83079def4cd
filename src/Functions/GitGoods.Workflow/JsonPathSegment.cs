namespace GitGoods.Workflow;

/// <summary>One step of a <see cref="JsonPath"/>: a property name, or an array index when <see cref="Name"/> is null.</summary>
public readonly record struct JsonPathSegment(string? Name, int Index);
