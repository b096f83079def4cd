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
/// The API's catch-all, API Gateway's <c>$default</c> route: every request no <see cref="HttpRouteTrigger"/> matched (an
/// unknown path, or a known path under another method). No authorizer; on AWS, CORS preflights never reach it (API
/// Gateway answers them itself when the API has a CORS policy).
/// </summary>
public sealed record DefaultRouteTrigger : FunctionTrigger
{
    /// <summary>The route key as API Gateway writes it.</summary>
    public const string RouteKey = "$default";
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

/// <summary>
/// The shop table's DynamoDB stream (NEW_AND_OLD_IMAGES), filtered to items whose <c>type</c> attribute is
/// <see cref="ItemType"/>. On AWS a Lambda event source mapping; locally the stream poller, with the same settings.
/// </summary>
public sealed record TableStreamTrigger(string ItemType) : FunctionTrigger
{
    public int BatchSize { get; init; } = 100;

    public int MaxBatchingWindowSeconds { get; init; } = 1;

    /// <summary>Attempts after the first before a batch is given up (and sent to the failure destination).</summary>
    public int MaxRetryAttempts { get; init; } = 10;

    /// <summary>Split a failing batch in two and retry each half, so one bad record cannot hold the rest back.</summary>
    public bool BisectBatchOnError { get; init; } = true;

    /// <summary>The event filter the mapping applies: only images of this item type reach the function.</summary>
    public string FilterPattern => "{\"dynamodb\":{\"NewImage\":{\"type\":{\"S\":[\"" + ItemType + "\"]}}}}";
}

/// <summary>
/// An EventBridge rule on the default bus: events from <see cref="Source"/> with one of <see cref="DetailTypes"/> and, when
/// <see cref="DetailFilter"/> names fields, with one of the listed values in each of those fields of the event's detail.
/// </summary>
public sealed record EventRuleTrigger(string Source, IReadOnlyList<string> DetailTypes) : FunctionTrigger
{
    /// <summary>
    /// Top-level fields of the event's <c>detail</c>, each with the exact values the rule admits; empty admits any detail.
    /// A rule of the whole account otherwise catches events it was not meant for (e.g. every pipeline's, not just ours).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DetailFilter { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
}
