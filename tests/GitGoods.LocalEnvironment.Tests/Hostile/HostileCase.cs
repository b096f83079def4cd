using GitGoods.LocalEnvironment.Tests.Identity;
using GitGoods.Manifest;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>One hostile request: a catalogued route, who sends it, which slot holds the hostile value, and the request itself.</summary>
internal sealed record HostileCase(HttpRouteTrigger Route, Principal Who, string Slot, string Target, IReadOnlyList<(string Name, byte[] Value)> Headers, byte[]? Body)
{
    /// <summary>The case in one printable line: route, caller, slot and the request target, escaped and cut short.</summary>
    public override string ToString()
    {
        var target = new string([.. Target.Take(120).Select(c => c is < ' ' or > '~' ? '?' : c)]);
        return $"{Route.RouteKey} as {Who}, hostile {Slot}: {Route.Method} {target}{(Target.Length > 120 ? "…" : "")}";
    }
}
