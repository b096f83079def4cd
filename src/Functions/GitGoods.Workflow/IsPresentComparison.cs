using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>ASL <c>IsPresent</c>: the variable's path exists in the input (a JSON null counts as present) — or not, with false.</summary>
public sealed record IsPresentComparison(bool Value) : ChoiceComparison
{
    public override string OperatorName => "IsPresent";

    public override JsonNode OperandJson() => JsonValue.Create(Value);
}
