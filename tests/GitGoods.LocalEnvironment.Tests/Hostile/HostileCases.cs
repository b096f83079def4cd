using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GitGoods.LocalEnvironment.Tests.Identity;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>
/// The hostile requests, generated from the function catalogue (every <see cref="HttpRouteTrigger"/> of
/// <see cref="FunctionManifest.All"/>): each path parameter, each query parameter the route reads, the headers handlers
/// read and, for routes that take one, the body, each in turn holding a value of <see cref="HostileCorpus"/>; then
/// FsCheck-generated mixes of the same ingredients, from a fixed seed.
/// </summary>
internal sealed class HostileCases(MatrixPrincipals principals)
{
    /// <summary>A plausible id that names nothing: the value of every path parameter not under attack.</summary>
    public const string NoSuchId = "no-such-id";

    /// <summary>The signed-in callers every case is sent as (besides the hostile Authorization cases).</summary>
    public static readonly Principal[] Callers = [Principal.Anonymous, Principal.Shopper, Principal.Seller, Principal.Admin];

    /// <summary>The query parameters each route's handler reads (see the handlers' query readers).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> QueryReads = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["GET /api/products"] = ["q", "platform", "minPrice", "maxPrice", "inStock", "sort", "limit", "cursor"],
        ["GET /api/seller/products"] = ["limit", "cursor", "sellerId"],
        ["GET /api/orders"] = ["limit", "cursor"],
        ["GET /api/seller/orders"] = ["limit", "cursor", "sellerId"],
        ["GET /api/admin/orders"] = ["status", "limit", "cursor"],
        ["GET /api/admin/dead-letters"] = ["limit", "cursor"],
        ["GET /api/seller/reports/sales"] = ["from", "to", "sellerId"],
    };

    /// <summary>The headers handlers read, and which routes read them.</summary>
    private static readonly IReadOnlyDictionary<string, Func<HttpRouteTrigger, bool>> HeaderReads = new Dictionary<string, Func<HttpRouteTrigger, bool>>(StringComparer.Ordinal)
    {
        ["X-Cart-Id"] = route => route.Path.StartsWith("/api/cart", StringComparison.Ordinal),
        ["If-Match"] = route => route.Path.StartsWith("/api/seller/products/", StringComparison.Ordinal),
        ["If-None-Match"] = route => route.Method == "GET" && route.Path.StartsWith("/api/products", StringComparison.Ordinal),
        ["Idempotency-Key"] = route => route.RouteKey == "POST /api/orders",
    };

    private static readonly string[] HeaderSlots = [.. HeaderReads.Keys];

    public static IReadOnlyList<HttpRouteTrigger> Routes { get; } = [.. FunctionManifest.All.Select(f => f.Trigger).OfType<HttpRouteTrigger>()];

    /// <summary>
    /// Every fixed case. The callers who may use a route get every corpus value in every slot; the others (refused by
    /// the authorizer or the group check) every fifth. Each header goes to the routes whose handlers read it;
    /// <c>Authorization</c> to every route.
    /// </summary>
    public IEnumerable<HostileCase> Fixed()
    {
        foreach (var route in Routes)
        {
            foreach (var who in Callers)
            {
                var values = Sample(HostileCorpus.WireValues, route, who);
                foreach (var value in values)
                {
                    foreach (var parameter in PathParameters(route))
                    {
                        yield return Build(route, who, "path " + parameter, pathValue: (parameter, value));
                    }

                    foreach (var name in QueryReads.GetValueOrDefault(route.RouteKey, []))
                    {
                        yield return Build(route, who, "query " + name, query: name + "=" + value);
                    }
                }

                foreach (var body in TakesBody(route) ? Sample(HostileCorpus.Bodies, route, who) : [])
                {
                    yield return Build(route, who, "body", body: body);
                }
            }

            foreach (var header in HeaderReads.Where(h => h.Value(route)).Select(h => h.Key))
            {
                foreach (var value in HostileCorpus.HeaderValues)
                {
                    yield return Build(route, Primary(route)[0], "header " + header, header: (header, value));
                }
            }

            foreach (var value in HostileCorpus.AuthorizationValues.Concat(HostileCorpus.HeaderValues))
            {
                yield return Build(route, Principal.Anonymous, "header Authorization", header: ("Authorization", value));
            }
        }
    }

    /// <summary>The callers a route lets through to its handler.</summary>
    public static Principal[] Primary(HttpRouteTrigger route) => route.Access switch
    {
        RouteAccess.Public => [Principal.Anonymous],
        RouteAccess.OptionalIdentity => [Principal.Anonymous, Principal.Shopper],
        RouteAccess.SignedIn => [Principal.Shopper],
        RouteAccess.Sellers => [Principal.Seller],
        _ => [Principal.Admin],
    };

    private static IEnumerable<T> Sample<T>(IReadOnlyList<T> values, HttpRouteTrigger route, Principal who) =>
        Primary(route).Contains(who) ? values : values.Where((_, i) => i % 5 == (int)who % 5);

    /// <summary><paramref name="count"/> generated cases from <paramref name="seed"/>: the same seed gives the same cases.</summary>
    public IEnumerable<HostileCase> Generated(ulong seed, int count)
    {
        var cases = Gen.Choose(0, Routes.Count - 1).SelectMany(routeIndex => CaseFor(Routes[routeIndex]));
        return cases.Sample(30, new Rnd(seed), count);
    }

    private Gen<HostileCase> CaseFor(HttpRouteTrigger route)
    {
        var who = Gen.Elements(Callers);
        var slots = new List<Gen<HostileCase>>
        {
            who.Zip(WireValue(), (w, v) => Build(route, w, "query", query: Pick(route, v) + "=" + v)),
            who.Zip(Gen.Elements(HeaderSlots.Append("Authorization")).Zip(HeaderValue()), (w, h) => Build(route, w, "header " + h.Item1, header: h)),
        };
        slots.AddRange(PathParameters(route).Select(p => who.Zip(WireValue(), (w, v) => Build(route, w, "path " + p, pathValue: (p, v)))));
        if (TakesBody(route))
        {
            slots.Add(who.Zip(Gen.Elements(HostileCorpus.Bodies.ToArray()), (w, b) => Build(route, w, "body", body: b)));
        }

        return Gen.OneOf(slots);
    }

    private static string Pick(HttpRouteTrigger route, string value) =>
        QueryReads.GetValueOrDefault(route.RouteKey, ["unused"]) is var names ? names[Math.Abs(value.Length) % names.Length] : "unused";

    /// <summary>A corpus value, two of them joined, or a run of hostile fragments of random length.</summary>
    private static Gen<string> WireValue()
    {
        string[] fragments = ["a", "%", "%00", "%ZZ", "%E2%80%AE", "%C3", "%28", "'", "%22", "%7B", "-", "9", "e", "%2F", "..", "%0A", "%25", "%23", "%F0%9F"];
        var corpus = Gen.Elements(HostileCorpus.WireValues.ToArray());
        return Gen.Frequency(
            (3, corpus),
            (2, corpus.Zip(corpus, (a, b) => a + b)),
            (3, Gen.Elements(1, 40, 400, 1500).SelectMany(n => Gen.ArrayOf(Gen.Elements(fragments), n)).Select(parts => string.Concat(parts))));
    }

    private static Gen<byte[]> HeaderValue()
    {
        var corpus = Gen.Elements(HostileCorpus.HeaderValues.Concat(HostileCorpus.AuthorizationValues).ToArray());
        var bytes = Gen.Elements(1, 64, 2000).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 255).Select(b => (byte)b), n))
            .Select(b => b.Where(x => x is not (10 or 13)).ToArray());
        return Gen.Frequency((3, corpus), (2, bytes));
    }

    private HostileCase Build(HttpRouteTrigger route, Principal who, string slot, (string Name, string Value)? pathValue = null, string? query = null,
        (string Name, byte[] Value)? header = null, byte[]? body = null)
    {
        var path = string.Join('/', route.Path.Split('/').Select(segment =>
            segment.StartsWith('{') ? (pathValue is { } p && segment == "{" + p.Name + "}" ? p.Value : NoSuchId) : segment));
        var headers = new List<(string Name, byte[] Value)>();
        if (header is not { Name: "Authorization" } && principals.AuthorizationFor(who) is { } authorization)
        {
            headers.Add(("Authorization", Encoding.ASCII.GetBytes(authorization)));
        }

        if (header is { } h)
        {
            headers.Add(h);
        }
        else if (route.RouteKey == "POST /api/orders")
        {
            headers.Add(("Idempotency-Key", Encoding.ASCII.GetBytes("hostile-" + Guid.NewGuid().ToString("N"))));
        }

        return new HostileCase(route, who, slot, path + (query is null ? "" : "?" + query), headers, TakesBody(route) ? body ?? "{}"u8.ToArray() : body);
    }

    private static IEnumerable<string> PathParameters(HttpRouteTrigger route) =>
        route.Path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}', '+'));

    private static bool TakesBody(HttpRouteTrigger route) => route.Method is "POST" or "PUT" or "PATCH";
}
