using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>ASL <c>StringEquals</c>: the variable is a string equal (ordinal) to <paramref name="Value"/>.</summary>
public sealed record StringEqualsComparison(string Value) : ChoiceComparison
{
    public override string OperatorName => "StringEquals";

    public override JsonNode OperandJson() => JsonValue.Create(Value);
}
