using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.KeyManagementService;
using Amazon.S3;
using Amazon.SQS;
using GitGoods.Adapters.Analytics;
using GitGoods.Adapters.Analytics.Sales;
using GitGoods.Adapters.Cart;
using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Idempotency;
using GitGoods.Adapters.Images;
using GitGoods.Adapters.Orders;
using GitGoods.Adapters.Payments;
using GitGoods.Adapters.Queues;
using GitGoods.Adapters.Resilience;
using GitGoods.Adapters.Resilience.Readiness;
using GitGoods.Adapters.WaitingRoom;
using GitGoods.Domain.WaitingRoom;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Cart;
using GitGoods.Catalog.ProductImages;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Images;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Idempotency;
using GitGoods.Domain.Operations;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Domain.Privacy;
using GitGoods.Hosting.Logging;
using GitGoods.Identity;
using GitGoods.Identity.Tokens;

namespace GitGoods.Composition;

/// <summary>
/// The composition root: builds each adapter once, on first use, so a function only pays for what it touches.
/// One instance lives for the whole Lambda execution environment (or the whole local environment).
/// </summary>
/// <param name="issuer">Overrides <see cref="FunctionSettings.CognitoIssuer"/> with a value known only later (the local environment's own address).</param>
public sealed class FunctionServices(FunctionSettings settings, TimeProvider time, Func<string>? issuer = null) : IDisposable
{
    private readonly Lazy<IAmazonDynamoDB> _dynamoDb = new(() => CreateDynamoDb(settings));
    private readonly Lazy<HttpClient> _http = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(5) });
    private ITokenVerifier? _tokenVerifier;
    private ICartStore? _cartStore;
    private ICartProducts? _cartProducts;
    private IProductCatalog? _productCatalog;
    private IProductWriter? _productWriter;
    private ProductSearchCache? _productSearch;
    private DynamoProductCatalog? _dynamoCatalog;
    private CatalogReads? _catalogReads;
    private DynamoOrderStore? _orders;
    private IIdempotencyStore? _idempotency;
    private PaymentComposition? _payments;
    private EnvelopeFieldProtector? _protector;
    private IAmazonSQS? _sqs;
    private IOrderHandOff? _handOff;
    private IDeadLetterQueue? _deadLetters;
    private AmazonKeyManagementServiceClient? _kms;
    private AmazonS3Client? _s3;
    private IAmazonS3? _imageS3;
    private IAmazonS3? _imageSigner;
    private S3ImageStore? _imageStore;
    private IAnalyticsFiles? _analyticsFiles;
    private DynamoSalesRollups? _salesRollups;
    private ISalesLedger? _salesLedger;
    private ShopCalendar? _shopCalendar;
    private IWaitingRoomStore? _waitingRoomStore;
    private WaitingLine? _waitingLine;
    private ActiveSales? _activeSales;
    private Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient? _ssm;

    public FunctionSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public IAmazonDynamoDB DynamoDb => _dynamoDb.Value;

    /// <summary>Makes the DAX client for catalogue reads when <see cref="FunctionSettings.DaxEndpoint"/> is set; none in this build (decision 0017).</summary>
    public IDaxClientFactory? DaxClientFactory { get; init; }

    /// <summary>Where start-up warnings go (the runtime's logger on Lambda); by default nowhere.</summary>
    public LambdaLogger Logger { get; init; } = LambdaLogger.Null;

    /// <summary>
    /// Shopper reads, cached in process (a product for <see cref="CachedProductCatalog.DefaultProductLifetime"/>, the platform
    /// counts for <see cref="CachedProductCatalog.DefaultPlatformsLifetime"/>); through DAX when deployed with it.
    /// </summary>
    public IProductCatalog ProductCatalog => _productCatalog ??= new CachedProductCatalog(CachedCatalogSource, Time,
        CachedProductCatalog.DefaultProductLifetime, CachedProductCatalog.DefaultPlatformsLifetime);

    /// <summary>Uncached reads: the seller's own view and every read-before-write.</summary>
    public IProductCatalog FreshProductCatalog => DynamoCatalog;

    /// <summary>The in-memory search index over the ACTIVE catalogue, rebuilt every <see cref="ProductSearchCache.DefaultLifetime"/>.</summary>
    public ProductSearchCache ProductSearch => _productSearch ??= new ProductSearchCache(CachedCatalogSource, Time, ProductSearchCache.DefaultLifetime);

    public IProductWriter ProductWriter => _productWriter ??= new DynamoProductWriter(DynamoDb, Settings.RequireTableName());

    public ICartStore CartStore => _cartStore ??= new DynamoCartStore(DynamoDb, Settings.RequireTableName());

    public ICartProducts CartProducts => _cartProducts ??= new DynamoCartProducts(DynamoDb, Settings.RequireTableName());

    public IOrderStore Orders => OrderTable;

    public IOrderOutbox OrderOutbox => OrderTable;

    public IIdempotencyStore Idempotency => _idempotency ??=
        new DynamoIdempotencyStore(DynamoDb, FunctionSettings.Require(Settings.IdempotencyTableName, FunctionSettings.IdempotencyTableVariable), timeProvider: Time);

    /// <summary>The payment provider <see cref="FunctionSettings.Payment"/> names: the simulator (default) or Stripe (docs/payments.md).</summary>
    public IPaymentGateway Payments => (_payments ??= PaymentComposition.Create(Settings, DynamoDb, Time, PaymentOptions)).Gateway;

    /// <summary>Options of the simulated payment provider (tests shorten its timeouts).</summary>
    public SimulatedPaymentGatewayOptions? PaymentOptions { get; init; }

    /// <summary>Seals and opens order personal data: KMS on AWS, the local key-ring file in the local environment.</summary>
    public IPersonalDataProtector PersonalData => _protector ??= new EnvelopeFieldProtector(CreateDataKeySource(), Time);

    public IOrderHandOff OrderHandOff => _handOff ??=
        new SqsOrderHandOff(new SqsMessageSender(Sqs, FunctionSettings.Require(Settings.OrderQueueUrl, OrderQueues.QueueUrlVariable)));

    public IDeadLetterQueue DeadLetters => _deadLetters ??= new SqsDeadLetterQueue(Sqs,
        FunctionSettings.Require(Settings.OrderDeadLetterQueueUrl, OrderQueues.DeadLetterQueueUrlVariable),
        FunctionSettings.Require(Settings.OrderQueueUrl, OrderQueues.QueueUrlVariable));

    /// <summary>The analytics lake: the folder <see cref="FunctionSettings.AnalyticsFolder"/> when set (the local environment), else the S3 bucket.</summary>
    public IAnalyticsFiles AnalyticsFiles => _analyticsFiles ??= Settings.AnalyticsFolder is { Length: > 0 } folder
        ? new FolderAnalyticsFiles(folder)
        : new S3AnalyticsFiles(_s3 ??= new AmazonS3Client(Amazon.RegionEndpoint.GetBySystemName(Settings.Region)),
            FunctionSettings.Require(Settings.AnalyticsBucket, FunctionSettings.AnalyticsBucketVariable));

    /// <summary>Seller images: pre-signed uploads, checks at attach, the public copies (decision 0034).</summary>
    public IImageStore ImageStore => _imageStore ??= new S3ImageStore(ImageS3, () => _imageSigner ??= CreateImageSigner(),
        FunctionSettings.Require(Settings.ImageBucket, FunctionSettings.ImageBucketVariable));

    /// <summary>Checks and publishes the seller uploads a product names, and deletes the images it lets go.</summary>
    public ProductImageAttachment ProductImages => new(ImageStore);

    /// <summary>
    /// Where pre-signed uploads point and whose keys sign them, when not S3 itself (the local stack's <c>/local/s3</c>,
    /// which verifies the signature); null on AWS.
    /// </summary>
    public ImageUploadSigning? ImageUploads { get; init; }

    private IAmazonS3 ImageS3 => _imageS3 ??= S3ClientFactory.Create(Settings.Region, Settings.S3Endpoint);

    private IAmazonS3 CreateImageSigner() => ImageUploads is null
        ? ImageS3
        : S3ClientFactory.Create(Settings.Region, ImageUploads.Endpoint(), ImageUploads.Credentials);

    /// <summary>The shop's calendar: days in <see cref="FunctionSettings.ShopTimeZone"/>.</summary>
    public ShopCalendar ShopCalendar => _shopCalendar ??= ShopCalendar.For(Settings.ShopTimeZone);

    /// <summary>Every seller's sales rollups of one day (the analytics export reads them).</summary>
    public ISalesRollups SalesRollups => SalesRollupTable;

    /// <summary>One seller's sales rollups over a range (the seller report).</summary>
    public ISellerSales SellerSales => SalesRollupTable;

    /// <summary>Applies order changes to the sales rollups, each exactly once.</summary>
    public ISalesLedger SalesLedger => _salesLedger ??= new DynamoSalesLedger(DynamoDb, Settings.RequireTableName(), ShopCalendar);

    /// <summary>Sales, their lines and places (the waiting room, docs/waiting-room.md).</summary>
    public IWaitingRoomStore WaitingRoomStore => _waitingRoomStore ??= new DynamoWaitingRoomStore(DynamoDb, Settings.RequireTableName());

    /// <summary>Joins, check-ins and the lazy advance, with the deployment's signing key (a local file, or the secret on AWS).</summary>
    public WaitingLine WaitingLine => _waitingLine ??= new WaitingLine(WaitingRoomStore, new DeferredKey(CreateWaitingRoomKey), Time);

    /// <summary>The active sales, read at most once a second per process (the order route's check).</summary>
    public ActiveSales ActiveSales => _activeSales ??= new ActiveSales(WaitingRoomStore, Time);

    /// <summary>Builds the key source on first use, so a function is built (and its settings checked) only when it signs or verifies.</summary>
    private sealed class DeferredKey(Func<IWaitingRoomKey> create) : IWaitingRoomKey
    {
        private IWaitingRoomKey? _key;

        public Task<byte[]> GetAsync(CancellationToken cancellationToken) => (_key ??= create()).GetAsync(cancellationToken);
    }

    private IWaitingRoomKey CreateWaitingRoomKey() => Settings.WaitingRoomKeyFile is { Length: > 0 } file
        ? new FileWaitingRoomKey(file)
        : new SecretWaitingRoomKey(_ssm ??= new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient(
                ResilientHttpClientFactory.Apply(new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(Settings.Region) })),
            FunctionSettings.Require(Settings.WaitingRoomKeySecret, SecretWaitingRoomKey.SecretVariable));

    private DynamoSalesRollups SalesRollupTable => _salesRollups ??= new DynamoSalesRollups(DynamoDb, Settings.RequireTableName());

    private DynamoOrderStore OrderTable => _orders ??= new DynamoOrderStore(DynamoDb, Settings.RequireTableName());

    /// <summary>
    /// What GET /api/health/ready checks: the shop table (GetItem), the order queue (GetQueueAttributes), the personal-data
    /// key (KMS DescribeKey; locally the key-ring file is only reported as configured) and the payment provider, which has
    /// no cheap health call and is reported as configured.
    /// </summary>
    public IReadOnlyList<IDependencyCheck> ReadinessChecks =>
    [
        Settings.TableName is { Length: > 0 } table ? new TableCheck(DynamoDb, table) : new ConfiguredCheck("table", false, ""),
        Settings.OrderQueueUrl is { Length: > 0 } queue ? new QueueCheck(Sqs, queue) : new ConfiguredCheck("queue", false, ""),
        Settings.PersonalDataKeyFile is { Length: > 0 }
            ? new ConfiguredCheck("keys", true, "local key ring")
            : Settings.PersonalDataKmsKeyId is { Length: > 0 } key ? new KeyCheck(Kms, key) : new ConfiguredCheck("keys", false, ""),
        new ConfiguredCheck("payments", true, Settings.Payment.Provider + ": configured, no health call"),
    ];

    /// <summary>The KMS client (AWS only), with a per-attempt timeout and circuit breaker like every AWS client here.</summary>
    private AmazonKeyManagementServiceClient Kms => _kms ??= new AmazonKeyManagementServiceClient(
        ResilientHttpClientFactory.Apply(new AmazonKeyManagementServiceConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(Settings.Region) }));

    private IAmazonSQS Sqs => _sqs ??= SqsClientFactory.Create(new SqsClientSettings(Settings.Region, Settings.SqsEndpoint));

    /// <summary>Verifies tokens on OptionalIdentity routes against the issuer's JWKS (fetched once, cached).</summary>
    public ITokenVerifier TokenVerifier => _tokenVerifier ??= CreateTokenVerifier();

    private DynamoProductCatalog DynamoCatalog => _dynamoCatalog ??= new DynamoProductCatalog(DynamoDb, Settings.RequireTableName());

    /// <summary>The eventually consistent catalogue reads that may be served by DAX (decision 0017).</summary>
    private DynamoProductCatalog CachedCatalogSource => (_catalogReads ??= CatalogReads.Create(Settings, DaxClientFactory, () => DynamoDb, Logger)).Catalog;

    public void Dispose()
    {
        _productSearch?.Dispose();
        _protector?.Dispose();
        _sqs?.Dispose();
        _kms?.Dispose();
        _ssm?.Dispose();
        _s3?.Dispose();
        if (!ReferenceEquals(_imageSigner, _imageS3))
        {
            _imageSigner?.Dispose();
        }

        _imageS3?.Dispose();
        _catalogReads?.Dispose();
        _payments?.Dispose();
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }

        if (_dynamoDb.IsValueCreated)
        {
            _dynamoDb.Value.Dispose();
        }
    }

    private IDataKeySource CreateDataKeySource()
    {
        if (Settings.PersonalDataKeyFile is { Length: > 0 } file)
        {
            return new LocalKeyFileDataKeySource(file, Time);
        }

        return new KmsDataKeySource(Kms, FunctionSettings.Require(Settings.PersonalDataKmsKeyId, KmsDataKeySource.KeyIdVariable));
    }

    private JwksTokenVerifier CreateTokenVerifier()
    {
        var clientId = Settings.CognitoClientId ?? "";
        Func<string> issuerOf = issuer ?? (() => Settings.RequireCognito().Issuer);
        if (issuer is null)
        {
            clientId = Settings.RequireCognito().ClientId;
        }

        return new JwksTokenVerifier(new JwksKeys(_http.Value, issuerOf, Time), issuerOf, clientId, Time);
    }

    private static AmazonDynamoDBClient CreateDynamoDb(FunctionSettings settings)
    {
        // A short timeout per attempt and a circuit breaker: a dead or hung table endpoint fails fast (503), not after 100 s.
        var config = ResilientHttpClientFactory.Apply(new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region) });
        if (settings.DynamoDbEndpoint is null)
        {
            return new AmazonDynamoDBClient(config);
        }

        // DynamoDB Local accepts any credentials; never look for real ones on a developer's machine.
        config.ServiceURL = settings.DynamoDbEndpoint.ToString();
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }
}
