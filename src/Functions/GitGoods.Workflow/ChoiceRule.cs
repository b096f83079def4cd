namespace GitGoods.Workflow;

/// <summary>One ASL choice rule: <c>{"Variable": …, "&lt;Operator&gt;": …, "Next": …}</c>.</summary>
public sealed record ChoiceRule(string Variable, ChoiceComparison Comparison, string Next)
{
    public static ChoiceRule StringEquals(string variable, string value, string next) => new(variable, new StringEqualsComparison(value), next);

    public static ChoiceRule BooleanEquals(string variable, bool value, string next) => new(variable, new BooleanEqualsComparison(value), next);

    public static ChoiceRule IsPresent(string variable, bool value, string next) => new(variable, new IsPresentComparison(value), next);
}
