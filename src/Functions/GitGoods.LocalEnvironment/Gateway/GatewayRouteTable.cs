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

    public GatewayRouteTable(IEnumerable<GatewayRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _routes = [.. routes
            .OrderByDescending(r => r.Template.Specificity, new SpecificityComparer())
            .ThenBy(r => r.IsAnyMethod)];
    }

    public IReadOnlyList<GatewayRoute> Routes => _routes;

    /// <summary>Builds every function of the manifest that has an HTTP route, once.</summary>
    public static GatewayRouteTable FromManifest(IEnumerable<FunctionDefinition> definitions, FunctionServices services) =>
        new(definitions
            .Where(d => d.Trigger is HttpRouteTrigger)
            .Select(d => new GatewayRoute(d, (HttpRouteTrigger)d.Trigger, RouteTemplate.Parse(((HttpRouteTrigger)d.Trigger).Path), d.Create(services))));

    /// <summary>The route for <paramref name="method"/> <paramref name="path"/>, or null (API Gateway answers 404).</summary>
    public GatewayMatch? Match(string method, string path)
    {
        foreach (var route in _routes)
        {
            if (route.Accepts(method) && route.Template.Match(path) is { } parameters)
            {
                return new GatewayMatch(route, parameters);
            }
        }

        return null;
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
