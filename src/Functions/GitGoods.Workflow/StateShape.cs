using System.Globalization;
using System.Text;

namespace GitGoods.Workflow;

/// <summary>
/// The structure of one ASL state as <see cref="WorkflowShape"/> compares it: type, transitions, choice rules, retriers,
/// catchers, resource and Lambda FunctionName, paths and timeout. Two shapes are equal when their canonical text is.
/// </summary>
public sealed record StateShape(string Name, string Type)
{
    public string? Next { get; init; }

    public bool End { get; init; }

    public string? Default { get; init; }

    /// <summary>Each rule as <c>Variable Operator Value -> Next</c>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public IReadOnlyList<RetryShape> Retry { get; init; } = [];

    public IReadOnlyList<CatchShape> Catch { get; init; } = [];

    /// <summary>The Resource ARN, its partition normalised to <c>aws</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>Parameters.FunctionName of a Lambda task (as written: a name, an ARN or a <c>${…}</c> placeholder).</summary>
    public string? FunctionName { get; init; }

    /// <summary><c>$</c> when absent, <c>null</c> for JSON null.</summary>
    public string? ResultPath { get; init; }

    /// <summary><c>$</c> when absent, <c>null</c> for JSON null.</summary>
    public string? OutputPath { get; init; }

    public int? TimeoutSeconds { get; init; }

    public bool Equals(StateShape? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The canonical one-line text of the shape.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Name).Append(": ").Append(Type);
        Append(text, "resource", Resource);
        Append(text, "function", FunctionName);
        Append(text, "resultPath", ResultPath);
        Append(text, "outputPath", OutputPath);
        Append(text, "timeout", TimeoutSeconds?.ToString(CultureInfo.InvariantCulture));
        Append(text, "choices", Choices.Count == 0 ? null : string.Join("; ", Choices));
        Append(text, "default", Default);
        Append(text, "retry", Retry.Count == 0 ? null : string.Join("; ", Retry));
        Append(text, "catch", Catch.Count == 0 ? null : string.Join("; ", Catch));
        Append(text, "next", Next);
        Append(text, "end", End ? "true" : null);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(" | ").Append(name).Append(' ').Append(value);
        }
    }
}
