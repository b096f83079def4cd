using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;

namespace GitGoods.Adapters.Analytics.Sales;

/// <summary>Reads the sales rollups: one seller over a range (the report), or every seller of one day (the export).</summary>
public sealed class DynamoSalesRollups(IAmazonDynamoDB dynamoDb, string tableName) : ISalesRollups, ISellerSales
{
    public async Task<IReadOnlyList<ProductSales>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var items = await QueryAllAsync(new QueryRequest
        {
            TableName = tableName,
            IndexName = ShopTable.Gsi1,
            KeyConditionExpression = "#pk = :pk",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#pk"] = ShopTable.Gsi1PartitionKey },
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":pk"] = new(SalesRollupItems.DayIndexPartition(day)) },
        }, cancellationToken);
        return [.. items.Select(SalesRollupItems.ProductFrom)];
    }

    public async Task<SellerSalesRows> ReadAsync(string sellerId, ReportRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var items = await QueryAllAsync(new QueryRequest
        {
            TableName = tableName,
            KeyConditionExpression = "#pk = :pk AND #sk BETWEEN :from AND :to",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#pk"] = ShopTable.PartitionKey, ["#sk"] = ShopTable.SortKey },
            ExpressionAttributeValues = new(StringComparer.Ordinal)
            {
                [":pk"] = new(SalesRollupItems.SellerPartition(sellerId)),
                [":from"] = new(SalesRollupItems.DayPrefix(range.From)),
                // '~' sorts after every character of a product id and after "TOTAL", so the last day is whole.
                [":to"] = new(SalesRollupItems.DayPrefix(range.To) + "#~"),
            },
        }, cancellationToken);
        return new SellerSalesRows(
            [.. items.Where(i => IsType(i, SalesRollupItems.ProductDayType)).Select(SalesRollupItems.ProductFrom)],
            [.. items.Where(i => IsType(i, SalesRollupItems.DayTotalType)).Select(SalesRollupItems.TotalFrom)]);
    }

    private static bool IsType(Dictionary<string, AttributeValue> item, string type) =>
        item.TryGetValue("type", out var value) && string.Equals(value.S, type, StringComparison.Ordinal);

    private async Task<List<Dictionary<string, AttributeValue>>> QueryAllAsync(QueryRequest request, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var response = await dynamoDb.QueryAsync(request, cancellationToken);
            items.AddRange(response.Items ?? []);
            request.ExclusiveStartKey = response.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }
}
