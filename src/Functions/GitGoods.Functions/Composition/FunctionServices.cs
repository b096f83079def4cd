using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;

namespace GitGoods.Composition;

/// <summary>
/// The composition root: builds each adapter once, on first use, so a function only pays for what it touches.
/// One instance lives for the whole Lambda execution environment (or the whole local stack).
/// </summary>
public sealed class FunctionServices(FunctionSettings settings, TimeProvider time) : IDisposable
{
    private readonly Lazy<IAmazonDynamoDB> _dynamoDb = new(() => CreateDynamoDb(settings));
    private IProductCatalog? _productCatalog;
    private IProductWriter? _productWriter;
    private ProductSearchCache? _productSearch;
    private DynamoProductCatalog? _dynamoCatalog;

    public FunctionSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public IAmazonDynamoDB DynamoDb => _dynamoDb.Value;

    /// <summary>Shopper reads, cached in process for <see cref="CachedProductCatalog.DefaultLifetime"/>.</summary>
    public IProductCatalog ProductCatalog => _productCatalog ??= new CachedProductCatalog(DynamoCatalog, Time, CachedProductCatalog.DefaultLifetime);

    /// <summary>Uncached reads: the seller's own view and every read-before-write.</summary>
    public IProductCatalog FreshProductCatalog => DynamoCatalog;

    /// <summary>The in-memory search index over the ACTIVE catalogue, rebuilt every <see cref="ProductSearchCache.DefaultLifetime"/>.</summary>
    public ProductSearchCache ProductSearch => _productSearch ??= new ProductSearchCache(DynamoCatalog, Time, ProductSearchCache.DefaultLifetime);

    public IProductWriter ProductWriter => _productWriter ??= new DynamoProductWriter(DynamoDb, Settings.RequireTableName());

    private DynamoProductCatalog DynamoCatalog => _dynamoCatalog ??= new DynamoProductCatalog(DynamoDb, Settings.RequireTableName());

    public void Dispose()
    {
        _productSearch?.Dispose();
        if (_dynamoDb.IsValueCreated)
        {
            _dynamoDb.Value.Dispose();
        }
    }

    private static AmazonDynamoDBClient CreateDynamoDb(FunctionSettings settings)
    {
        var config = new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region) };
        if (settings.DynamoDbEndpoint is null)
        {
            return new AmazonDynamoDBClient(config);
        }

        // DynamoDB Local accepts any credentials; never look for real ones on a developer's machine.
        config.ServiceURL = settings.DynamoDbEndpoint.ToString();
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }
}
