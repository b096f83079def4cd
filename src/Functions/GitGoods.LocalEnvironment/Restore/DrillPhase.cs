namespace GitGoods.LocalEnvironment.Restore;

/// <summary>One timed phase of a restore drill.</summary>
public sealed record DrillPhase(string Name, TimeSpan Duration);
