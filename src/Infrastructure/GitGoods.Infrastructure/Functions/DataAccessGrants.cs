using Amazon.CDK.AWS.DynamoDB;

using GitGoods.Adapters.Encryption;
using GitGoods.Adapters.Queues;
using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Infrastructure.Data;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// Turns a manifest entry's <see cref="DataAccess"/> into grants and the environment variables that name the resources:
/// the shop table, the idempotency table, the personal-data key, the order queues, the catalogue cache. A function gets nothing it did not ask for.
/// </summary>
internal static class DataAccessGrants
{
    public static void Apply(ShopFunction function, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        var access = definition.Access;
        var lambda = function.Function;
        GrantTable(function, definition, options.Table);
        _ = lambda.AddEnvironment(FunctionSettings.ShopTimeZoneVariable, options.ShopTimeZone);

        if (access.AnalyticsWritePrefix is { } prefix)
        {
            var analytics = Require(options.AnalyticsStore, definition, nameof(DataAccess.AnalyticsWritePrefix), nameof(ManifestFunctionsOptions.AnalyticsStore));
            analytics.GrantWrite(lambda, prefix);
            _ = lambda.AddEnvironment(FunctionSettings.AnalyticsBucketVariable, analytics.Bucket.BucketName);
        }

        ApplyCatalogue(lambda, definition, options);
        if (access.Idempotency)
        {
            var idempotency = Require(options.IdempotencyTable, definition, nameof(DataAccess.Idempotency), nameof(ManifestFunctionsOptions.IdempotencyTable));
            _ = idempotency.GrantStore(lambda);
            _ = lambda.AddEnvironment(FunctionSettings.IdempotencyTableVariable, idempotency.Table.TableName);
        }

        if (access.PersonalData != PersonalDataAccess.None)
        {
            var key = Require(options.PersonalDataKey, definition, nameof(DataAccess.PersonalData), nameof(ManifestFunctionsOptions.PersonalDataKey));
            key.Grant(lambda, access.PersonalData);
            _ = lambda.AddEnvironment(KmsDataKeySource.KeyIdVariable, key.KeyArn);
        }

        if (access.SendsOrders)
        {
            var queues = Require(options.OrderQueues, definition, nameof(DataAccess.SendsOrders), nameof(ManifestFunctionsOptions.OrderQueues));
            queues.GrantSend(lambda);
            _ = lambda.AddEnvironment(OrderQueues.QueueUrlVariable, queues.Queue.QueueUrl);
        }

        if (access.DeadLetters)
        {
            var queues = Require(options.OrderQueues, definition, nameof(DataAccess.DeadLetters), nameof(ManifestFunctionsOptions.OrderQueues));
            queues.GrantDeadLetters(lambda);
            _ = lambda.AddEnvironment(OrderQueues.QueueUrlVariable, queues.Queue.QueueUrl);
            _ = lambda.AddEnvironment(OrderQueues.DeadLetterQueueUrlVariable, queues.DeadLetterQueue.QueueUrl);
        }

        if (access.Readiness)
        {
            ReadinessGrants.Apply(function, definition, options);
        }

        // No cache deployed: the function reads DynamoDB through its table grant, as it always may.
        if (access.CachedCatalogReads && options.CatalogCache is { } cache)
        {
            cache.GrantReads(lambda);
            _ = lambda.AddEnvironment(CatalogCacheConstruct.EndpointVariable, cache.DiscoveryEndpoint);
        }
    }

    // The product writers: the managed platforms they check (decision 0033) and the seller images they attach (0034).
    private static void ApplyCatalogue(Amazon.CDK.AWS.Lambda.Function lambda, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        if (definition.Access.Platforms)
        {
            _ = lambda.AddEnvironment(FunctionSettings.PlatformsVariable, options.Platforms.ToString());
        }

        if (definition.Access.Images != ImageAccess.None)
        {
            GrantImages(lambda, definition, options);
        }
    }

    private static void GrantImages(Amazon.CDK.AWS.Lambda.Function lambda, FunctionDefinition definition, ManifestFunctionsOptions options)
    {
        var images = Require(options.ProductImages, definition, nameof(DataAccess.Images), nameof(ManifestFunctionsOptions.ProductImages));
        if (definition.Access.Images == ImageAccess.SignUploads)
        {
            images.GrantSignUploads(lambda);
        }
        else
        {
            images.GrantAttach(lambda);
        }

        _ = lambda.AddEnvironment(FunctionSettings.ImageBucketVariable, images.BucketName);
    }

    private static void GrantTable(ShopFunction function, FunctionDefinition definition, ITableV2 table)
    {
        switch (definition.Access.Table)
        {
            case TableAccess.None:
                return;
            case TableAccess.Read:
                _ = table.GrantReadData(function.Function);
                break;
            case TableAccess.ReadWrite:
                _ = table.GrantReadWriteData(function.Function);
                break;
            default:
                throw new InvalidOperationException($"Unknown table access '{definition.Access.Table}' for {definition.Name}.");
        }

        _ = function.Function.AddEnvironment(FunctionSettings.TableNameVariable, table.TableName);
    }

    private static T Require<T>(T? resource, FunctionDefinition definition, string access, string option)
        where T : class =>
        resource ?? throw new InvalidOperationException(
            $"{definition.Name} asks for {nameof(DataAccess)}.{access} but no {option} was given to {nameof(ManifestFunctions)}.");
}
