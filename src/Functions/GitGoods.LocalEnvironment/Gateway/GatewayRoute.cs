using GitGoods.Manifest;
using GitGoods.Hosting.Runtime;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>One HTTP route of the manifest with the function instance that serves it.</summary>
public sealed record GatewayRoute(FunctionDefinition Definition, HttpRouteTrigger Trigger, RouteTemplate Template, ILambdaFunction Function)
{
    public bool IsAnyMethod => string.Equals(Trigger.Method, "ANY", StringComparison.OrdinalIgnoreCase);

    public bool Accepts(string method) => IsAnyMethod || string.Equals(Trigger.Method, method, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A route chosen for a request, with its path parameters.</summary>
public sealed record GatewayMatch(GatewayRoute Route, IReadOnlyDictionary<string, string> PathParameters);
