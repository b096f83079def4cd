using GitGoods.Manifest;

namespace GitGoods.Routing.UnmatchedRoute;

/// <summary>Matches a request path against the catalogue's route templates (<c>/api/products/{id}</c>), as API Gateway does.</summary>
public static class RoutePaths
{
    /// <summary>The methods of every route whose template matches <paramref name="path"/>, upper case, in order.</summary>
    public static IReadOnlyList<string> MethodsServing(IEnumerable<HttpRouteTrigger> routes, string path)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return [.. routes
            .Where(route => Matches(route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries), parts))
            .Select(route => route.Method.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>True when every segment is equal, or is a <c>{parameter}</c> facing a non-empty segment; <c>{name+}</c> takes the rest.</summary>
    public static bool Matches(IReadOnlyList<string> template, IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parts);
        for (var i = 0; i < template.Count; i++)
        {
            var segment = template[i];
            if (segment.EndsWith("+}", StringComparison.Ordinal) && segment.StartsWith('{'))
            {
                return parts.Count > i;
            }

            var parameter = segment.StartsWith('{') && segment.EndsWith('}');
            if (i >= parts.Count || (!parameter && !string.Equals(segment, parts[i], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return template.Count == parts.Count;
    }
}
