namespace GitGoods.Manifest;

/// <summary>What invokes a function.</summary>
public abstract record FunctionTrigger;

/// <summary>An API Gateway HTTP API route, e.g. <c>GET /api/products/{id}</c>, and who may call it.</summary>
public sealed record HttpRouteTrigger(string Method, string Path, RouteAccess Access) : FunctionTrigger
{
    /// <summary>The route key as API Gateway writes it.</summary>
    public string RouteKey => $"{Method} {Path}";

    /// <summary>
    /// True when API Gateway's JWT authorizer guards the route: every route but <see cref="RouteAccess.Public"/>
    /// and <see cref="RouteAccess.OptionalIdentity"/> (whose function checks a token itself when one is sent).
    /// </summary>
    public bool RequiresToken => Access is not (RouteAccess.Public or RouteAccess.OptionalIdentity);
}

/// <summary>
/// Who may call a route. The JWT authorizer refuses a missing or bad token with 401; the function itself
/// (through <c>AccessGuard</c>) refuses a signed-in caller outside the required group with 403.
/// </summary>
public enum RouteAccess
{
    /// <summary>Anyone; no authorizer.</summary>
    Public,

    /// <summary>Any signed-in user (every signed-in user is a shopper).</summary>
    SignedIn,

    /// <summary>Members of <c>sellers</c>; admins may act for any seller.</summary>
    Sellers,

    /// <summary>Members of <c>admins</c>.</summary>
    Admins,

    /// <summary>
    /// Anyone, but a token, when sent, must be valid (else 401) and names the caller. No authorizer (API Gateway's
    /// cannot be optional): the function verifies the token itself by the authorizer's rules (<c>ITokenVerifier</c>).
    /// </summary>
    OptionalIdentity,
}

/// <summary>A task of the order workflow: the state machine invokes the function (locally, the in-process workflow runner does).</summary>
public sealed record WorkflowStepTrigger : FunctionTrigger;

/// <summary>An EventBridge schedule, e.g. <c>rate(1 minute)</c>; the local environment runs it every <see cref="LocalEverySeconds"/>.</summary>
public sealed record ScheduleTrigger(string Expression, int LocalEverySeconds) : FunctionTrigger;
