using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// The Step Functions reference-path subset of JSONPath: <c>$</c>, <c>$.a.b</c>, <c>$['a b']</c>, <c>$.items[0]</c>,
/// and the same from the context object with <c>$$</c>. No wildcards, filters, slices or intrinsic functions.
/// </summary>
public sealed class JsonPath
{
    private static readonly System.Buffers.SearchValues<char> Unsupported = System.Buffers.SearchValues.Create("*?@():, '\"]");

    private JsonPath(string text, bool isContext, IReadOnlyList<JsonPathSegment> segments)
    {
        Text = text;
        IsContext = isContext;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>True for paths into the context object (<c>$$.Execution.Id</c>).</summary>
    public bool IsContext { get; }

    public IReadOnlyList<JsonPathSegment> Segments { get; }

    /// <summary>True for <c>$</c> (or <c>$$</c>) itself.</summary>
    public bool IsRoot => Segments.Count == 0;

    public override string ToString() => Text;

    /// <exception cref="FormatException">The text is not a path of the supported subset.</exception>
    public static JsonPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException($"'{text}' is not a supported JSONPath: {error}");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonPath? path, out string error)
    {
        path = null;
        if (string.IsNullOrEmpty(text) || text[0] != '$')
        {
            error = "a path starts with '$'";
            return false;
        }

        var isContext = text.Length > 1 && text[1] == '$';
        var position = isContext ? 2 : 1;
        var segments = new List<JsonPathSegment>();
        while (position < text.Length)
        {
            if (!TryReadSegment(text, ref position, segments, out error))
            {
                return false;
            }
        }

        error = "";
        path = new JsonPath(text, isContext, segments);
        return true;
    }

    /// <summary>Finds the node at this path. A present JSON null is found (<paramref name="value"/> null, result true).</summary>
    public bool TryRead(JsonNode? root, out JsonNode? value)
    {
        value = root;
        foreach (var segment in Segments)
        {
            switch (value)
            {
                case JsonObject obj when segment.Name is not null && obj.TryGetPropertyValue(segment.Name, out var child):
                    value = child;
                    break;
                case JsonArray array when segment.Name is null && segment.Index < array.Count:
                    value = array[segment.Index];
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// ResultPath semantics: returns a copy of <paramref name="root"/> with a copy of <paramref name="value"/> at this path,
    /// creating missing objects on the way. <c>$</c> returns the value itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">A step of the path exists but is not an object (or array, for an index).</exception>
    public JsonNode? Write(JsonNode? root, JsonNode? value)
    {
        var copy = value?.DeepClone();
        if (IsRoot)
        {
            return copy;
        }

        var result = root?.DeepClone();
        var current = result;
        for (var i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            var last = i == Segments.Count - 1;
            if (segment.Name is { } name && current is JsonObject obj)
            {
                if (last)
                {
                    obj[name] = copy;
                    break;
                }

                if (!obj.TryGetPropertyValue(name, out var next) || next is null)
                {
                    next = new JsonObject();
                    obj[name] = next;
                }

                current = next;
            }
            else if (segment.Name is null && current is JsonArray array && segment.Index < array.Count)
            {
                if (last)
                {
                    array[segment.Index] = copy;
                    break;
                }

                current = array[segment.Index];
            }
            else
            {
                throw new InvalidOperationException(
                    $"Unable to apply ResultPath \"{Text}\": the step {Describe(i)} does not lead into an existing {(segment.Name is null ? "array element" : "object")}.");
            }
        }

        return result;
    }

    private string Describe(int index) =>
        Segments[index].Name is { } name ? $"'{name}'" : "[" + Segments[index].Index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool TryReadSegment(string text, ref int position, List<JsonPathSegment> segments, out string error)
    {
        error = "";
        if (text[position] == '.')
        {
            var start = ++position;
            while (position < text.Length && text[position] is not ('.' or '['))
            {
                position++;
            }

            var name = text[start..position];
            if (name.Length == 0 || name.AsSpan().ContainsAny(Unsupported))
            {
                error = name.Length == 0 ? "empty property name (or '..', which is not supported)" : $"unsupported characters in '{name}'";
                return false;
            }

            segments.Add(new JsonPathSegment(name, 0));
            return true;
        }

        if (text[position] != '[' || position + 1 >= text.Length)
        {
            error = $"unexpected '{text[position]}' at {position}";
            return false;
        }

        position++;
        return text[position] is '\'' or '"'
            ? TryReadQuoted(text, ref position, segments, out error)
            : TryReadIndex(text, ref position, segments, out error);
    }

    private static bool TryReadQuoted(string text, ref int position, List<JsonPathSegment> segments, out string error)
    {
        var quote = text[position++];
        var name = new StringBuilder();
        while (position < text.Length && text[position] != quote)
        {
            name.Append(text[position++]);
        }

        if (position + 1 >= text.Length || text[position + 1] != ']')
        {
            error = "unterminated bracketed name";
            return false;
        }

        position += 2;
        segments.Add(new JsonPathSegment(name.ToString(), 0));
        error = "";
        return true;
    }

    private static bool TryReadIndex(string text, ref int position, List<JsonPathSegment> segments, out string error)
    {
        var close = text.IndexOf(']', position);
        var digits = close < 0 ? "" : text[position..close];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            error = $"only non-negative array indexes are supported, not '[{digits}'";
            return false;
        }

        position = close + 1;
        segments.Add(new JsonPathSegment(null, index));
        error = "";
        return true;
    }
}
