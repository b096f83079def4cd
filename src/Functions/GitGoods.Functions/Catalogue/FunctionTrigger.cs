namespace GitGoods.Catalogue;

/// <summary>What invokes a function.</summary>
public abstract record FunctionTrigger;

/// <summary>An API Gateway HTTP API route, e.g. <c>GET /api/products/{id}</c>.</summary>
public sealed record HttpRouteTrigger(string Method, string Path, RouteAuth Auth) : FunctionTrigger
{
    /// <summary>The route key as API Gateway writes it.</summary>
    public string RouteKey => $"{Method} {Path}";
}

/// <summary>Who may call a route. API Gateway's JWT authorizer guards every route that is not public.</summary>
public enum RouteAuth
{
    Public,
    SignedIn,
}
