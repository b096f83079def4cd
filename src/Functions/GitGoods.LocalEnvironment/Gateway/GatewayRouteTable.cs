using GitGoods.Manifest;
using GitGoods.Composition;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>
/// Every HTTP route of <see cref="FunctionManifest"/>, each with one function instance created at start, matched
/// the way API Gateway HTTP API matches: the most specific path wins (literal segments over parameters over
/// greedy parameters), and an exact method over <c>ANY</c>.
/// </summary>
public sealed class GatewayRouteTable
{
    private readonly IReadOnlyList<GatewayRoute> _routes;

    /// <param name="fallback">The <c>$default</c> route, which takes every request no route matched; without one, API Gateway's 404.</param>
    public GatewayRouteTable(IEnumerable<GatewayRoute> routes, GatewayRoute? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Fallback = fallback;
        _routes = [.. routes
            .OrderByDescending(r => r.Template.Specificity, new SpecificityComparer())
            .ThenBy(r => r.IsAnyMethod)];
    }

    public IReadOnlyList<GatewayRoute> Routes => _routes;

    /// <summary>The <c>$default</c> route, or null when the functions have none.</summary>
    public GatewayRoute? Fallback { get; }

    /// <summary>Builds every function of the manifest that has an HTTP route (or is the <c>$default</c> route), once.</summary>
    public static GatewayRouteTable FromManifest(IEnumerable<FunctionDefinition> definitions, FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var all = definitions.ToList();
        var fallback = all.SingleOrDefault(d => d.Trigger is DefaultRouteTrigger) is { } catchAll
            ? GatewayRoute.Default(catchAll, catchAll.Create(services))
            : null;
        return new(all
            .Where(d => d.Trigger is HttpRouteTrigger)
            .Select(d => new GatewayRoute(d, (HttpRouteTrigger)d.Trigger, RouteTemplate.Parse(((HttpRouteTrigger)d.Trigger).Path), d.Create(services))),
            fallback);
    }

    /// <summary>
    /// The route for <paramref name="method"/> <paramref name="path"/>, else the <c>$default</c> route, else null (API
    /// Gateway answers 404). A path whose segments do not decode (a bad percent-escape) matches no parameter route.
    /// </summary>
    public GatewayMatch? Match(string method, string path)
    {
        var parts = RouteTemplate.SegmentsOf(path);
        foreach (var route in _routes)
        {
            if (route.Accepts(method) && route.Template.Match(parts) is { } parameters)
            {
                return new GatewayMatch(route, parameters);
            }
        }

        return Fallback is { } fallback ? new GatewayMatch(fallback, new Dictionary<string, string>(StringComparer.Ordinal)) : null;
    }

    private sealed class SpecificityComparer : IComparer<IReadOnlyList<int>>
    {
        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
