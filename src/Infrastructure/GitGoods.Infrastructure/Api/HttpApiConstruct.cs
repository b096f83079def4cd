using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Logs;

using Constructs;

namespace GitGoods.Infrastructure.Api;

/// <summary>
/// The API Gateway HTTP API every route hangs from, with CORS only when asked (<see cref="ApiCors"/>), optional access
/// logs, and throttling on its default stage: <see cref="ApiThrottling.Default"/> for every route, tighter limits for the
/// routes given to <see cref="ThrottleRoutes"/>.
/// </summary>
public sealed class HttpApiConstruct : Construct
{
    public HttpApiConstruct(Construct scope, string id, HttpApiOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        Api = new HttpApi(this, "HttpApi", new HttpApiProps
        {
            Description = "Git Goods shop API.",
            CorsPreflight = options.Cors is { } cors
                ? new CorsPreflightOptions
                {
                    AllowOrigins = [cors.AllowOrigin],
                    AllowMethods = [.. cors.AllowMethods],
                    AllowHeaders = ApiCors.AllowHeaders,
                    ExposeHeaders = ApiCors.ExposeHeaders,
                    AllowCredentials = false,
                    MaxAge = Duration.Hours(1),
                }
                : null,
        });

        // HttpStage has no throttling property for the default stage an HttpApi makes: set it on the L1 stage.
        Stage.DefaultRouteSettings = new CfnStage.RouteSettingsProperty
        {
            ThrottlingRateLimit = ApiThrottling.Default.RateLimit,
            ThrottlingBurstLimit = ApiThrottling.Default.BurstLimit,
        };
        if (options.AccessLogging)
        {
            EnableAccessLogs();
        }
    }

    public HttpApi Api { get; }

    /// <summary>The default stage's URL.</summary>
    public string Url => Api.Url ?? Api.ApiEndpoint;

    private CfnStage Stage => (CfnStage)Api.DefaultStage!.Node.DefaultChild!;

    /// <summary>
    /// Gives the routes named in <paramref name="limits"/> (by route key) their own throttling instead of the default. The
    /// stage waits for those routes: API Gateway refuses route settings for a route key the API does not have yet.
    /// A route's settings replace the default ones as a whole, so any other default route setting must be repeated here.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="limits"/> names a route key that <paramref name="routes"/> lacks.</exception>
    public void ThrottleRoutes(IReadOnlyDictionary<string, HttpRoute> routes, IReadOnlyDictionary<string, RouteThrottle> limits)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(limits);
        var unknown = limits.Keys.Where(key => !routes.ContainsKey(key)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Throttling is set for routes the API does not have: {string.Join(", ", unknown)}. Use the manifest's route keys (\"METHOD /path\").");
        }

        var stage = Stage;
        var settings = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (routeKey, limit) in limits)
        {
            settings[routeKey] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["ThrottlingRateLimit"] = limit.RateLimit,
                ["ThrottlingBurstLimit"] = limit.BurstLimit,
            };
            stage.Node.AddDependency(routes[routeKey]);
        }

        stage.RouteSettings = settings;
    }

    private void EnableAccessLogs()
    {
        var logs = new LogGroup(this, "AccessLogs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH });

        // HttpStage has no access-log property in CDK 2.160: set it on the L1 stage.
        Stage.AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = logs.LogGroupArn,
            Format = AccessLogFormat,
        };
    }

    private const string AccessLogFormat =
        "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\","
        + "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"latencyMs\":\"$context.responseLatency\","
        + "\"integrationLatencyMs\":\"$context.integrationLatency\",\"integrationError\":\"$context.integrationErrorMessage\"}";
}
