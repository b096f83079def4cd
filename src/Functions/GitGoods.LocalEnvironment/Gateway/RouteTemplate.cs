namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// An API Gateway HTTP API path template such as <c>/api/products/{id}</c> or <c>/api/files/{proxy+}</c>.
/// A <c>{name+}</c> segment is greedy: it must come last and matches one or more remaining segments.
/// </summary>
public sealed class RouteTemplate
{
    private readonly Segment[] _segments;

    private RouteTemplate(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>
    /// How specific the template is, compared segment by segment as API Gateway does: a literal beats a
    /// parameter, which beats a greedy parameter. Higher sorts first.
    /// </summary>
    public IReadOnlyList<int> Specificity => [.. _segments.Select(s => (int)s.Kind)];

    /// <exception cref="FormatException">When a greedy parameter is not the last segment, or a brace is unbalanced.</exception>
    public static RouteTemplate Parse(string template)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        var parts = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var greedy = part.EndsWith("+}", StringComparison.Ordinal);
                if (greedy && i != parts.Length - 1)
                {
                    throw new FormatException($"In '{template}' the greedy parameter {part} must be the last segment.");
                }

                segments[i] = new Segment(greedy ? SegmentKind.Greedy : SegmentKind.Parameter, part[1..^(greedy ? 2 : 1)]);
            }
            else if (part.Contains('{', StringComparison.Ordinal) || part.Contains('}', StringComparison.Ordinal))
            {
                throw new FormatException($"In '{template}' the segment '{part}' mixes text and a parameter.");
            }
            else
            {
                segments[i] = new Segment(SegmentKind.Literal, part);
            }
        }

        return new RouteTemplate(template, segments);
    }

    /// <summary>The path parameters when <paramref name="path"/> matches (decoded), otherwise null.</summary>
    public IReadOnlyDictionary<string, string>? Match(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Match(SegmentsOf(path));
    }

    /// <summary>A request path's segments, split once for every template it is matched against.</summary>
    public static string[] SegmentsOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The path parameters when the path of these <paramref name="parts"/> (<see cref="SegmentsOf"/>) matches, otherwise null.</summary>
    public IReadOnlyDictionary<string, string>? Match(string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var greedy = _segments.Length > 0 && _segments[^1].Kind == SegmentKind.Greedy;
        if (greedy ? parts.Length < _segments.Length : parts.Length != _segments.Length)
        {
            return null;
        }

        // Literals first: most templates a path is tried against fail there, before anything is allocated.
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i].Kind == SegmentKind.Literal && !string.Equals(_segments[i].Value, parts[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (_segments.All(s => s.Kind == SegmentKind.Literal))
        {
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.Parameter:
                    parameters[segment.Value] = Uri.UnescapeDataString(parts[i]);
                    break;
                case SegmentKind.Greedy:
                    parameters[segment.Value] = Uri.UnescapeDataString(string.Join('/', parts[i..]));
                    break;
            }
        }

        return parameters;
    }

    private enum SegmentKind
    {
        Greedy = 0,
        Parameter = 1,
        Literal = 2,
    }

    private readonly record struct Segment(SegmentKind Kind, string Value);
}
