using GitGoods.Manifest;
using GitGoods.Hosting.Runtime;

namespace GitGoods.LocalEnvironment.Gateway;

/// <summary>One HTTP route of the manifest with the function instance that serves it.</summary>
public sealed record GatewayRoute(FunctionDefinition Definition, HttpRouteTrigger Trigger, RouteTemplate Template, ILambdaFunction Function)
{
    /// <summary>The route key the function sees: the trigger's, or <c>$default</c> for the catch-all.</summary>
    public string RouteKey { get; init; } = Trigger.RouteKey;

    /// <summary>
    /// The catch-all (<see cref="DefaultRouteTrigger"/>): takes any method and path no other route took, with no authorizer.
    /// </summary>
    public static GatewayRoute Default(FunctionDefinition definition, ILambdaFunction function) =>
        new(definition, new HttpRouteTrigger("ANY", "/{proxy+}", RouteAccess.Public), RouteTemplate.Parse("/{proxy+}"), function)
        {
            RouteKey = DefaultRouteTrigger.RouteKey,
        };

    public bool IsAnyMethod => string.Equals(Trigger.Method, "ANY", StringComparison.OrdinalIgnoreCase);

    public bool Accepts(string method) => IsAnyMethod || string.Equals(Trigger.Method, method, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A route chosen for a request, with its path parameters.</summary>
public sealed record GatewayMatch(GatewayRoute Route, IReadOnlyDictionary<string, string> PathParameters);
