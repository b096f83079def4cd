namespace GitGoods.Workflow;

/// <summary>
/// ASL <c>Choice</c>: goes to the first rule that matches, else to <see cref="Default"/>; with neither the execution fails
/// with <c>States.NoChoiceMatched</c>. Output is the input unchanged.
/// </summary>
public sealed record ChoiceState(string Name, IReadOnlyList<ChoiceRule> Choices) : WorkflowState(Name)
{
    public override string Type => "Choice";

    public string? Default { get; init; }

    public override IEnumerable<string> Transitions =>
        Choices.Select(c => c.Next).Concat(Default is null ? [] : new[] { Default });
}
