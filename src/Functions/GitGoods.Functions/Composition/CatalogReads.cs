using Amazon.DynamoDBv2;
using GitGoods.Adapters.Catalog;
using GitGoods.Hosting.Logging;

namespace GitGoods.Composition;

/// <summary>
/// The shopper's catalogue reads (under the cached product reads and the search index), on the DAX cluster's client
/// when <c>DAX_ENDPOINT</c> is set and a <see cref="IDaxClientFactory"/> is registered, else on DynamoDB's. Decision 0017
/// explains why a set endpoint without a factory warns once and reads DynamoDB instead of refusing to start.
/// </summary>
internal sealed class CatalogReads : IDisposable
{
    public const string NoDaxClientWarning =
        "DAX_ENDPOINT is set but this build has no DAX client (IDaxClientFactory): catalogue reads go to DynamoDB directly.";

    private readonly IAmazonDynamoDB? _daxClient;

    private CatalogReads(DynamoProductCatalog catalog, IAmazonDynamoDB? daxClient)
    {
        Catalog = catalog;
        _daxClient = daxClient;
    }

    public DynamoProductCatalog Catalog { get; }

    /// <exception cref="InvalidOperationException">When the function was deployed without a table.</exception>
    public static CatalogReads Create(FunctionSettings settings, IDaxClientFactory? factory, Func<IAmazonDynamoDB> dynamoDb, LambdaLogger logger)
    {
        var table = settings.RequireTableName();
        if (settings.DaxEndpoint is not { } endpoint)
        {
            return new CatalogReads(new DynamoProductCatalog(dynamoDb(), table), null);
        }

        if (factory is not null)
        {
            var dax = factory.Create(endpoint, settings.Region);
            return new CatalogReads(new DynamoProductCatalog(dax, table), dax);
        }

        // The endpoint is not a secret (a cluster's DNS name, reachable only inside its VPC); it says which switch is on.
        logger.Warning(NoDaxClientWarning, keys: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["dax_endpoint"] = endpoint.GetLeftPart(UriPartial.Authority),
            ["catalogue_reads"] = "dynamodb",
        });
        return new CatalogReads(new DynamoProductCatalog(dynamoDb(), table), null);
    }

    /// <summary>Disposes the DAX client it made; DynamoDB's client belongs to the composition root.</summary>
    public void Dispose() => _daxClient?.Dispose();
}
