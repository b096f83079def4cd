using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;

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

    public FunctionSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public IAmazonDynamoDB DynamoDb => _dynamoDb.Value;

    public IProductCatalog ProductCatalog => _productCatalog ??= new DynamoProductCatalog(DynamoDb, Settings.RequireTableName());

    public IProductWriter ProductWriter => _productWriter ??= new DynamoProductWriter(DynamoDb, Settings.RequireTableName());

    public void Dispose()
    {
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
