using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Analytics.Sales;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Analytics.Sales;

/// <summary>The transactional writes of one seller's part of one order: its ledger entry, and the ADDs on its rollup rows.</summary>
internal static class SalesRollupUpdates
{
    /// <summary>
    /// The ledger put, conditional on the ledger still being as it was read (absent, or at <paramref name="readVersion"/>),
    /// then, when <paramref name="delta"/> is not 0, the rows' ADDs of the contribution times <paramref name="delta"/>.
    /// </summary>
    public static List<TransactWriteItem> For(string table, string orderId, SellerContribution part, long version, bool counted,
        long? readVersion, int delta)
    {
        var ledger = new Put
        {
            TableName = table,
            Item = SalesRollupItems.Ledger(orderId, part, version, counted),
            ConditionExpression = readVersion is null ? "attribute_not_exists(PK)" : "#version = :read",
        };
        if (readVersion is { } read)
        {
            ledger.ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#version"] = "version" };
            ledger.ExpressionAttributeValues = new(StringComparer.Ordinal) { [":read"] = Number(read) };
        }

        List<TransactWriteItem> writes = [new() { Put = ledger }];
        if (delta == 0)
        {
            return writes;
        }

        writes.AddRange(part.Products.Select(p => new TransactWriteItem { Update = ProductRow(table, part, p, delta) }));
        writes.Add(new TransactWriteItem { Update = TotalRow(table, part, delta) });
        return writes;
    }

    private static Update ProductRow(string table, SellerContribution part, ProductContribution product, int delta)
    {
        var update = Row(table, SalesRollupItems.ProductSortKey(part.Day, product.ProductId), SalesRollupItems.ProductDayType, part,
            product.Units * delta, product.Revenue.Amount * delta, ProductContribution.Orders * delta, product.Revenue.Currency);
        update.UpdateExpression = update.UpdateExpression.Replace(
            "SET ", "SET productId = :product, #title = :title, #platform = :platform, #gpk = :gpk, #gsk = :gsk, ", StringComparison.Ordinal);
        update.ExpressionAttributeNames["#title"] = "title";
        update.ExpressionAttributeNames["#platform"] = "platform";
        update.ExpressionAttributeNames["#gpk"] = ShopTable.Gsi1PartitionKey;
        update.ExpressionAttributeNames["#gsk"] = ShopTable.Gsi1SortKey;
        update.ExpressionAttributeValues[":product"] = new(product.ProductId);
        update.ExpressionAttributeValues[":title"] = new(product.Title);
        update.ExpressionAttributeValues[":platform"] = new(product.Platform);
        update.ExpressionAttributeValues[":gpk"] = new(SalesRollupItems.DayIndexPartition(part.Day));
        update.ExpressionAttributeValues[":gsk"] = new("SELLER#" + part.SellerId + "#P#" + product.ProductId);
        return update;
    }

    private static Update TotalRow(string table, SellerContribution part, int delta) =>
        Row(table, SalesRollupItems.TotalSortKey(part.Day), SalesRollupItems.DayTotalType, part,
            part.Units * delta, part.Revenue.Amount * delta, SellerContribution.Orders * delta, part.Revenue.Currency);

    private static Update Row(string table, string sortKey, string type, SellerContribution part, long units, long revenue, long orders,
        string currency) => new()
    {
        TableName = table,
        Key = new(StringComparer.Ordinal)
        {
            [ShopTable.PartitionKey] = new(SalesRollupItems.SellerPartition(part.SellerId)),
            [ShopTable.SortKey] = new(sortKey),
        },
        UpdateExpression = "SET #type = :type, sellerId = :seller, #day = :day, currency = :currency ADD #units :units, #revenue :revenue, #orders :orders",
        ExpressionAttributeNames = new(StringComparer.Ordinal)
        {
            ["#type"] = "type", ["#day"] = "day", ["#units"] = "units", ["#revenue"] = "revenue", ["#orders"] = "orders",
        },
        ExpressionAttributeValues = new(StringComparer.Ordinal)
        {
            [":type"] = new(type),
            [":seller"] = new(part.SellerId),
            [":day"] = new(SalesRollupItems.Day(part.Day)),
            [":currency"] = new(currency),
            [":units"] = Number(units),
            [":revenue"] = Number(revenue),
            [":orders"] = Number(orders),
        },
    };
}
