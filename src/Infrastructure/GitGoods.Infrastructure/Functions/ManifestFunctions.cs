using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AwsApigatewayv2Integrations;

using Constructs;

using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Infrastructure.Security;

using ApiHttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// Builds one <see cref="ShopFunction"/> per manifest entry, the trigger that invokes it, and the
/// least-privilege data grants its <see cref="DataAccess"/> asks for. The local environment reads the same list.
/// Triggers: an HTTP route per <see cref="HttpRouteTrigger"/> and the <c>$default</c> route for the <see cref="DefaultRouteTrigger"/>; an EventBridge schedule rule per <see cref="ScheduleTrigger"/>;
/// a stream mapping per <see cref="TableStreamTrigger"/> and an event rule per <see cref="EventRuleTrigger"/> (<see cref="EventTriggers"/>);
/// <see cref="WorkflowStepTrigger"/> functions get no trigger here: the order state machine invokes them (<see cref="StepFunctions"/>).
/// Every HTTP function learns the origin-verify values it accepts; catalogue readers run in the cache's VPC when there is a cache.
/// Every trigger, and the order state machine, invokes a function's <see cref="ShopFunction.Live"/> alias, which a canary
/// deployment moves to each new version (<see cref="FunctionDeployments"/>); <see cref="AddRollbackAlarm"/> and
/// <see cref="AddHttpRollbackAlarm"/> add alarms that roll such a deployment back.
/// </summary>
public sealed class ManifestFunctions : Construct
{
    private readonly Dictionary<string, ShopFunction> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ShopFunction> _stepFunctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ShopFunction> _httpFunctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpRoute> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rule> _schedules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rule> _eventRules = new(StringComparer.Ordinal);
    private readonly List<Alarm> _deadLetterAlarms = [];

    public ManifestFunctions(Construct scope, string id, ManifestFunctionsOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireAuthorizerForSignedInRoutes(options);
        var verification = RequireOriginVerificationForRoutes(options);
        Deployments = new FunctionDeployments(this, "Deployments");

        foreach (var definition in options.Functions)
        {
            var network = definition.Access.CachedCatalogReads ? options.CatalogCache?.ReaderNetwork : null;
            var function = new ShopFunction(this, definition.Name, definition, options.Code, network);
            DataAccessGrants.Apply(function, definition, options);
            AddTokenIssuer(function, definition, options);
            AddTrigger(function, definition, options);
            _ = Deployments.Add(definition.Name, function);
            if (definition.Trigger is HttpRouteTrigger or DefaultRouteTrigger)
            {
                _ = function.Function.AddEnvironment(OriginVerification.SecretsVariable, verification!.AcceptedValues);
                _httpFunctions.Add(definition.Name, function);
            }

            _functions.Add(definition.Name, function);
        }
    }

    /// <summary>The functions by manifest name.</summary>
    public IReadOnlyDictionary<string, ShopFunction> Functions => _functions;

    /// <summary>The functions with an HTTP route, by manifest name.</summary>
    public IReadOnlyDictionary<string, ShopFunction> HttpFunctions => _httpFunctions;

    /// <summary>The API routes by route key (<see cref="HttpRouteTrigger.RouteKey"/>), e.g. for per-route throttling.</summary>
    public IReadOnlyDictionary<string, HttpRoute> Routes => _routes;

    /// <summary>The CodeDeploy application and the functions' deployment groups.</summary>
    public FunctionDeployments Deployments { get; }

    /// <summary>The <see cref="WorkflowStepTrigger"/> functions by manifest name, for the order state machine.</summary>
    public IReadOnlyDictionary<string, ShopFunction> StepFunctions => _stepFunctions;

    /// <summary>The schedule rules of the <see cref="ScheduleTrigger"/> functions, by manifest name.</summary>
    public IReadOnlyDictionary<string, Rule> Schedules => _schedules;

    /// <summary>The EventBridge rules of the <see cref="EventRuleTrigger"/> functions, by manifest name.</summary>
    public IReadOnlyDictionary<string, Rule> EventRules => _eventRules;

    /// <summary>One alarm per dead-letter queue of the stream mappings and event rules: something was given up on.</summary>
    public IReadOnlyList<Alarm> DeadLetterAlarms => _deadLetterAlarms;

    /// <summary>Rolls back the canary deployment of every function while <paramref name="alarm"/> is in ALARM.</summary>
    public void AddRollbackAlarm(IAlarm alarm) => Deployments.AddRollbackAlarm(alarm, _functions.Keys);

    /// <summary>
    /// Rolls back the canary deployments of the functions with an HTTP route while <paramref name="alarm"/> is in ALARM: for
    /// the API's own alarms (latency, 5xx), which cannot tell which route's new version caused them.
    /// </summary>
    public void AddHttpRollbackAlarm(IAlarm alarm) => Deployments.AddRollbackAlarm(alarm, _httpFunctions.Keys);

    private static void RequireAuthorizerForSignedInRoutes(ManifestFunctionsOptions options)
    {
        if (options.SignedInAuthorizer is not null)
        {
            return;
        }

        var guarded = options.Functions
            .Where(f => f.Trigger is HttpRouteTrigger { RequiresToken: true })
            .Select(f => $"{((HttpRouteTrigger)f.Trigger).RouteKey} ({f.Name})")
            .ToList();
        if (guarded.Count > 0)
        {
            throw new InvalidOperationException(
                $"Routes that need a signed-in caller exist but no authorizer was given to {nameof(ManifestFunctions)} "
                + $"({nameof(ManifestFunctionsOptions.SignedInAuthorizer)}): {string.Join(", ", guarded)}. "
                + "Wire the identity construct's JWT authorizer before adding such routes.");
        }
    }

    private static OriginVerification? RequireOriginVerificationForRoutes(ManifestFunctionsOptions options) =>
        options.OriginVerification
        ?? (options.Functions.Any(f => f.Trigger is HttpRouteTrigger)
            ? throw new InvalidOperationException(
                $"The manifest has HTTP routes but no {nameof(ManifestFunctionsOptions.OriginVerification)} was given to {nameof(ManifestFunctions)}: "
                + "without it the functions could not tell CloudFront's requests from direct calls to the execute-api endpoint.")
            : null);

    /// <summary>Functions that verify tokens themselves (OptionalIdentity routes) learn the issuer and client from the environment.</summary>
    private static void AddTokenIssuer(ShopFunction function, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        if (definition.Trigger is not HttpRouteTrigger { Access: RouteAccess.OptionalIdentity } route)
        {
            return;
        }

        var issuer = options.TokenIssuer ?? throw new InvalidOperationException(
            $"{route.RouteKey} ({definition.Name}) verifies tokens itself but no {nameof(ManifestFunctionsOptions.TokenIssuer)} was given.");
        _ = function.Function.AddEnvironment(FunctionSettings.CognitoIssuerVariable, issuer.Issuer);
        _ = function.Function.AddEnvironment(FunctionSettings.CognitoClientIdVariable, issuer.ClientId);
    }

    private void AddTrigger(ShopFunction function, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        switch (definition.Trigger)
        {
            case HttpRouteTrigger route:
                AddRoute(function, definition, route, options);
                break;
            case DefaultRouteTrigger:
                AddDefaultRoute(function, definition, options);
                break;
            case WorkflowStepTrigger:
                _stepFunctions.Add(definition.Name, function);
                break;
            case ScheduleTrigger schedule:
                _schedules.Add(definition.Name, new Rule(this, $"{definition.Name}Schedule", new RuleProps
                {
                    Description = $"Runs {definition.Name} ({schedule.Expression}).",
                    Schedule = Schedule.Expression(schedule.Expression),
                    Targets = [new LambdaFunction(function.Live)],
                }));
                break;
            case TableStreamTrigger stream:
                _deadLetterAlarms.Add(EventTriggers.AddStreamMapping(this, definition.Name, function, stream, options.Table));
                break;
            case EventRuleTrigger eventRule:
                var (rule, deadLetters) = EventTriggers.AddRule(this, definition.Name, function, eventRule);
                _eventRules.Add(definition.Name, rule);
                _deadLetterAlarms.Add(deadLetters);
                break;
            default:
                throw new InvalidOperationException(
                    $"{definition.Name}: {definition.Trigger.GetType().Name} triggers are not wired by the CDK app yet; "
                    + $"add them to {nameof(ManifestFunctions)} together with the manifest entry.");
        }
    }

    private void AddRoute(ShopFunction function, FunctionDefinition definition, HttpRouteTrigger route, ManifestFunctionsOptions options) =>
        _routes.Add(route.RouteKey, new HttpRoute(this, $"{definition.Name}Route", new HttpRouteProps
        {
            HttpApi = options.Api,
            RouteKey = HttpRouteKey.With(route.Path, Enum.Parse<ApiHttpMethod>(route.Method, ignoreCase: true)),
            Integration = new HttpLambdaIntegration($"{definition.Name}Integration", function.Live),
            Authorizer = route.RequiresToken ? options.SignedInAuthorizer : new HttpNoneAuthorizer(),
        }));

    /// <summary>The API's <c>$default</c> route: every request no other route matched, with no authorizer.</summary>
    private void AddDefaultRoute(ShopFunction function, FunctionDefinition definition, ManifestFunctionsOptions options) =>
        _routes.Add(DefaultRouteTrigger.RouteKey, new HttpRoute(this, $"{definition.Name}Route", new HttpRouteProps
        {
            HttpApi = options.Api,
            RouteKey = HttpRouteKey.DEFAULT,
            Integration = new HttpLambdaIntegration($"{definition.Name}Integration", function.Live),
            Authorizer = new HttpNoneAuthorizer(),
        }));
}
