using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Logs;

using Constructs;

namespace GitGoods.Infrastructure.Api;

/// <summary>The API Gateway HTTP API every route hangs from, with CORS only when asked (<see cref="ApiCors"/>) and optional access logs.</summary>
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

        if (options.AccessLogging)
        {
            EnableAccessLogs();
        }
    }

    public HttpApi Api { get; }

    /// <summary>The default stage's URL.</summary>
    public string Url => Api.Url ?? Api.ApiEndpoint;

    private void EnableAccessLogs()
    {
        var logs = new LogGroup(this, "AccessLogs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH });

        // HttpStage has no access-log property in CDK 2.160: set it on the L1 stage.
        var stage = (CfnStage)Api.DefaultStage!.Node.DefaultChild!;
        stage.AccessLogSettings = new CfnStage.AccessLogSettingsProperty
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
