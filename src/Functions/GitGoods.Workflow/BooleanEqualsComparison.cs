using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>ASL <c>BooleanEquals</c>: the variable is the boolean <paramref name="Value"/>.</summary>
public sealed record BooleanEqualsComparison(bool Value) : ChoiceComparison
{
    public override string OperatorName => "BooleanEquals";

    public override JsonNode OperandJson() => JsonValue.Create(Value);
}
