using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Queues;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Composition;

/// <summary>Where a function finds its data. On AWS the CDK app sets these variables; locally the stack does.</summary>
public sealed record FunctionSettings(string? TableName, Uri? DynamoDbEndpoint, string Region)
{
    public const string TableNameVariable = "TABLE_NAME";
    public const string CognitoIssuerVariable = "COGNITO_ISSUER";
    public const string CognitoClientIdVariable = "COGNITO_CLIENT_ID";

    /// <summary>The token issuer (the user pool's URL) for routes that verify tokens themselves.</summary>
    public string? CognitoIssuer { get; init; }

    /// <summary>The app client whose tokens those routes accept.</summary>
    public string? CognitoClientId { get; init; }
    public const string DynamoDbEndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";
    public const string IdempotencyTableVariable = "IDEMPOTENCY_TABLE_NAME";
    public const string PersonalDataKeyFileVariable = "ORDER_PII_KEY_FILE";

    /// <summary>The Powertools-layout idempotency table.</summary>
    public string? IdempotencyTableName { get; init; }

    /// <summary>The order queue and its dead-letter queue.</summary>
    public string? OrderQueueUrl { get; init; }

    public string? OrderDeadLetterQueueUrl { get; init; }

    /// <summary>An SQS endpoint override (the local environment's fauxqs); null on AWS.</summary>
    public Uri? SqsEndpoint { get; init; }

    /// <summary>The KMS key that wraps personal-data keys (AWS).</summary>
    public string? PersonalDataKmsKeyId { get; init; }

    /// <summary>The local environment's key-ring file standing in for KMS; never set on AWS.</summary>
    public string? PersonalDataKeyFile { get; init; }

    /// <summary>The <c>x-origin-verify</c> values HTTP functions accept (<c>ORIGIN_VERIFY_SECRETS</c>); none: no check.</summary>
    public OriginSecrets OriginVerify { get; init; } = OriginSecrets.None;

    /// <summary>The DAX cluster's discovery endpoint for catalogue reads (<c>DAX_ENDPOINT</c>, dax:// or daxs://); null: DynamoDB.</summary>
    public Uri? DaxEndpoint { get; init; }

    /// <exception cref="InvalidOperationException">When <c>ORIGIN_VERIFY_SECRETS</c> or <c>DAX_ENDPOINT</c> is malformed.</exception>
    /// <summary>The payment provider and its settings (default: the simulator).</summary>
    public PaymentSettings Payment { get; init; } = PaymentSettings.Default;

    public const string ShopTimeZoneVariable = "SHOP_TIME_ZONE";
    public const string AnalyticsBucketVariable = "ANALYTICS_BUCKET";
    public const string AnalyticsFolderVariable = "ANALYTICS_FOLDER";

    /// <summary>The IANA time zone whose calendar days the sales reports and rollups count in (api.md).</summary>
    public const string DefaultShopTimeZone = "Asia/Singapore";

    /// <summary>The shop's time zone (<c>SHOP_TIME_ZONE</c>, default <see cref="DefaultShopTimeZone"/>).</summary>
    public string ShopTimeZone { get; init; } = DefaultShopTimeZone;

    /// <summary>The S3 bucket of the analytics lake (AWS).</summary>
    public string? AnalyticsBucket { get; init; }

    /// <summary>The folder standing in for the analytics bucket (the local environment); never set on AWS.</summary>
    public string? AnalyticsFolder { get; init; }

    /// <summary>The managed platform list (<c>SHOP_PLATFORMS</c>, comma-separated; default <see cref="ManagedPlatforms.Default"/>).</summary>
    public const string PlatformsVariable = "SHOP_PLATFORMS";

    /// <summary>The platforms products may take (decision 0033); the functions that validate products are given the variable.</summary>
    public ManagedPlatforms Platforms { get; init; } = ManagedPlatforms.Default;

    public const string ImageBucketVariable = "IMAGE_BUCKET";

    /// <summary>The bucket of seller images (uploads and the public prefix the CDN serves).</summary>
    public string? ImageBucket { get; init; }

    /// <summary>An S3 endpoint override (the local environment's emulator, path style); null on AWS.</summary>
    public Uri? S3Endpoint { get; init; }

    public const string WaitingRoomKeyFileVariable = "WAITING_ROOM_KEY_FILE";

    /// <summary>The waiting room's signing key secret (Secrets Manager name or ARN, AWS).</summary>
    public string? WaitingRoomKeySecret { get; init; }

    /// <summary>The local stack's waiting-room key file (generated on first use); never set on AWS.</summary>
    public string? WaitingRoomKeyFile { get; init; }

    /// <exception cref="ArgumentException">When <c>SHOP_PLATFORMS</c> is malformed.</exception>
    public static FunctionSettings FromEnvironment(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var endpoint = environment.GetVariable(DynamoDbEndpointVariable);
        return new FunctionSettings(
            environment.GetVariable(TableNameVariable),
            string.IsNullOrEmpty(endpoint) ? null : new Uri(endpoint),
            environment.GetVariable("AWS_REGION") ?? "ap-southeast-1")
        {
            CognitoIssuer = environment.GetVariable(CognitoIssuerVariable),
            CognitoClientId = environment.GetVariable(CognitoClientIdVariable),
            IdempotencyTableName = environment.GetVariable(IdempotencyTableVariable),
            OrderQueueUrl = environment.GetVariable(OrderQueues.QueueUrlVariable),
            OrderDeadLetterQueueUrl = environment.GetVariable(OrderQueues.DeadLetterQueueUrlVariable),
            SqsEndpoint = environment.GetVariable(SqsClientSettings.EndpointVariable) is { Length: > 0 } sqs ? new Uri(sqs) : null,
            PersonalDataKmsKeyId = environment.GetVariable(KmsDataKeySource.KeyIdVariable),
            PersonalDataKeyFile = environment.GetVariable(PersonalDataKeyFileVariable),
            OriginVerify = OriginSecrets.Parse(environment.GetVariable(OriginSecrets.Variable)),
            DaxEndpoint = DaxClusterEndpoint.Parse(environment.GetVariable(DaxClusterEndpoint.Variable)),
            Payment = PaymentSettings.FromEnvironment(environment),
            ShopTimeZone = environment.GetVariable(ShopTimeZoneVariable) is { Length: > 0 } zone ? zone : DefaultShopTimeZone,
            AnalyticsBucket = environment.GetVariable(AnalyticsBucketVariable),
            AnalyticsFolder = environment.GetVariable(AnalyticsFolderVariable),
            Platforms = ManagedPlatforms.Parse(environment.GetVariable(PlatformsVariable)),
            ImageBucket = environment.GetVariable(ImageBucketVariable),
            WaitingRoomKeySecret = environment.GetVariable(Adapters.WaitingRoom.SecretWaitingRoomKey.SecretVariable),
            WaitingRoomKeyFile = environment.GetVariable(WaitingRoomKeyFileVariable),
        };
    }

    /// <exception cref="InvalidOperationException">When the function was deployed without a table.</exception>
    public string RequireTableName() =>
        string.IsNullOrEmpty(TableName)
            ? throw new InvalidOperationException($"{TableNameVariable} is not set: this function needs the shop table.")
            : TableName;

    /// <exception cref="InvalidOperationException">When the function was deployed without the issuer settings.</exception>
    public (string Issuer, string ClientId) RequireCognito() =>
        string.IsNullOrEmpty(CognitoIssuer) || string.IsNullOrEmpty(CognitoClientId)
            ? throw new InvalidOperationException(
                $"{CognitoIssuerVariable} and {CognitoClientIdVariable} must be set: this function verifies tokens itself.")
            : (CognitoIssuer, CognitoClientId);

    /// <exception cref="InvalidOperationException">When a setting the function needs was not deployed.</exception>
    public static string Require(string? value, string variable) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"{variable} is not set: this function needs it.") : value;
}
