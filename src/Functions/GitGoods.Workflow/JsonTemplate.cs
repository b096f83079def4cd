using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// ASL Parameters / ResultSelector templates: a JSON object copied as is, except that a field whose name ends in
/// <c>.$</c> takes the value at its path (in the input, or in the context object for <c>$$</c>) under the name without <c>.$</c>.
/// </summary>
public static class JsonTemplate
{
    public const string PathSuffix = ".$";

    /// <summary>Evaluates <paramref name="template"/> against <paramref name="input"/>; the result shares no nodes with either.</summary>
    /// <exception cref="WorkflowTaskException">States.Runtime: a path does not exist in the input, as on AWS.</exception>
    public static JsonNode? Resolve(JsonNode? template, JsonNode? input, JsonNode? context)
    {
        switch (template)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(PathSuffix, StringComparison.Ordinal))
                    {
                        result[key[..^PathSuffix.Length]] = Read(key, value, input, context);
                    }
                    else
                    {
                        result[key] = Resolve(value, input, context);
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Resolve(item, input, context))]);
            default:
                return template?.DeepClone();
        }
    }

    /// <summary>Reads <paramref name="pathText"/> from the input or context; the result is a copy.</summary>
    /// <exception cref="WorkflowTaskException">States.Runtime when the path is invalid or does not exist.</exception>
    public static JsonNode? ReadPath(string pathText, JsonNode? input, JsonNode? context, string field)
    {
        if (!JsonPath.TryParse(pathText, out var path, out var error))
        {
            throw new WorkflowTaskException(WorkflowErrors.Runtime, $"The JSONPath '{pathText}' specified for the field '{field}' is invalid: {error}");
        }

        if (!path.TryRead(path.IsContext ? context : input, out var value))
        {
            throw new WorkflowTaskException(WorkflowErrors.Runtime,
                $"The JSONPath '{pathText}' specified for the field '{field}' could not be found in the {(path.IsContext ? "context object" : "input")} '{Describe(path.IsContext ? context : input)}'");
        }

        return value?.DeepClone();
    }

    /// <summary>Adds a problem for every <c>.$</c> field whose value is not a supported path.</summary>
    public static void Check(JsonNode? template, string where, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        switch (template)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (!key.EndsWith(PathSuffix, StringComparison.Ordinal))
                    {
                        Check(value, where, problems);
                    }
                    else if (value is not JsonValue text || !text.TryGetValue<string>(out var pathText))
                    {
                        problems.Add($"{where}: the field '{key}' must be a string path.");
                    }
                    else if (!JsonPath.TryParse(pathText, out _, out var error))
                    {
                        problems.Add($"{where}: the field '{key}' has the unsupported path '{pathText}' ({error}).");
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Check(item, where, problems);
                }

                break;
        }
    }

    private static JsonNode? Read(string key, JsonNode? value, JsonNode? input, JsonNode? context)
    {
        var pathText = value is JsonValue text && text.TryGetValue<string>(out var s) ? s : "";
        return ReadPath(pathText, input, context, key);
    }

    private static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
