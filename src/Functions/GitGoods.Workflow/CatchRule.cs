namespace GitGoods.Workflow;

/// <summary>
/// ASL catcher: on a matching error, go to <paramref name="Next"/> with <c>{"Error","Cause"}</c> placed at
/// <paramref name="ResultPath"/> in the state input (<c>"$"</c>: replaces it; <c>null</c>: discards the error).
/// </summary>
public sealed record CatchRule(IReadOnlyList<string> ErrorEquals, string Next, string? ResultPath = "$");
