using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>The one comparison of a <see cref="ChoiceRule"/>: ASL's operator name and its value.</summary>
public abstract record ChoiceComparison
{
    /// <summary>The ASL field name, e.g. <c>StringEquals</c>.</summary>
    public abstract string OperatorName { get; }

    /// <summary>The ASL field value, as written in the definition.</summary>
    public abstract JsonNode OperandJson();
}
