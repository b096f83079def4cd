using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Orders;

/// <summary>Maps an <see cref="Order"/> to and from its DynamoDB item (see docs/data-model.md).</summary>
internal static class OrderItem
{
    public const string OrderSortKey = "ORDER";
    public const string AllOrdersPartition = "ORDERS";

    public static string PartitionKeyOf(string orderId) => "ORDER#" + orderId;

    public static string CustomerPartitionOf(string customerId) => "CUSTOMER#" + customerId;

    public static string StatusPartitionOf(OrderStatus status) => "ORDERSTATUS#" + OrderStatusRules.Name(status);

    public static string SellerPartitionOf(string sellerId) => "SELLERORDERS#" + sellerId;

    public static string SellerSortKeyOf(string sellerId) => "SELLER#" + sellerId;

    /// <summary>Newest first on every order index; the id makes the order total.</summary>
    public static string IndexSortKeyOf(Order order) => Iso(order.CreatedAt) + "#" + order.Id;

    public static Dictionary<string, AttributeValue> Key(string orderId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionKeyOf(orderId)),
        [ShopTable.SortKey] = new(OrderSortKey),
    };

    public static Dictionary<string, AttributeValue> ToItem(Order order)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ShopTable.PartitionKey] = new(PartitionKeyOf(order.Id)),
            [ShopTable.SortKey] = new(OrderSortKey),
            ["type"] = new("Order"),
            ["id"] = new(order.Id),
            ["customerId"] = new(order.CustomerId),
            ["status"] = new(OrderStatusRules.Name(order.Status)),
            ["lines"] = new AttributeValue { L = [.. order.Lines.Select(LineToItem)] },
            ["totalAmount"] = Number(order.Total.Amount),
            ["currency"] = new(order.Total.Currency),
            ["history"] = HistoryToItem(order.History),
            ["pii"] = PersonalDataToItem(order.PersonalData),
            ["createdAt"] = new(Iso(order.CreatedAt)),
            ["updatedAt"] = new(Iso(order.UpdatedAt)),
            ["version"] = Number(order.Version),
            ["fromCart"] = new AttributeValue { BOOL = order.FromCart },
            ["stockReserved"] = new AttributeValue { BOOL = order.StockReserved },
            [ShopTable.Gsi1PartitionKey] = new(AllOrdersPartition),
            [ShopTable.Gsi1SortKey] = new(IndexSortKeyOf(order)),
            [ShopTable.Gsi2PartitionKey] = new(CustomerPartitionOf(order.CustomerId)),
            [ShopTable.Gsi2SortKey] = new(IndexSortKeyOf(order)),
            [ShopTable.Gsi3PartitionKey] = new(StatusPartitionOf(order.Status)),
            [ShopTable.Gsi3SortKey] = new(IndexSortKeyOf(order)),
        };
        if (order.PaymentAuthorizationId is not null)
        {
            item["paymentAuthorizationId"] = new(order.PaymentAuthorizationId);
        }

        if (order.RejectionReason is not null)
        {
            item["rejectionReason"] = new(order.RejectionReason);
        }

        return item;
    }

    /// <summary>The item that lists the order under one of its sellers (GSI2 <c>SELLERORDERS#…</c>).</summary>
    public static Dictionary<string, AttributeValue> SellerEntry(Order order, string sellerId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionKeyOf(order.Id)),
        [ShopTable.SortKey] = new(SellerSortKeyOf(sellerId)),
        ["type"] = new("SellerOrder"),
        ["orderId"] = new(order.Id),
        [ShopTable.Gsi2PartitionKey] = new(SellerPartitionOf(sellerId)),
        [ShopTable.Gsi2SortKey] = new(IndexSortKeyOf(order)),
    };

    public static Order FromItem(Dictionary<string, AttributeValue> item) => new()
    {
        Id = item["id"].S,
        CustomerId = item["customerId"].S,
        Status = Enum.Parse<OrderStatus>(item["status"].S, ignoreCase: true),
        Lines = [.. item["lines"].L.Select(l => LineFromItem(l.M))],
        PersonalData = PersonalDataFromItem(item["pii"].M),
        History = [.. item["history"].L.Select(h => HistoryEntryFromItem(h.M))],
        CreatedAt = ParseTime(item["createdAt"].S),
        UpdatedAt = ParseTime(item["updatedAt"].S),
        Version = long.Parse(item["version"].N, CultureInfo.InvariantCulture),
        FromCart = item.TryGetValue("fromCart", out var fromCart) && fromCart.BOOL == true,
        StockReserved = item.TryGetValue("stockReserved", out var reserved) && reserved.BOOL == true,
        PaymentAuthorizationId = item.TryGetValue("paymentAuthorizationId", out var auth) ? auth.S : null,
        RejectionReason = item.TryGetValue("rejectionReason", out var reason) ? reason.S : null,
        LastError = item.TryGetValue("lastError", out var error) ? error.S : null,
    };

    public static AttributeValue HistoryToItem(IReadOnlyList<StatusChange> history) => new()
    {
        L =
        [
            .. history.Select(h =>
            {
                var entry = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    ["status"] = new(OrderStatusRules.Name(h.Status)),
                    ["at"] = new(Iso(h.At)),
                };
                if (h.Reason is not null)
                {
                    entry["reason"] = new(h.Reason);
                }

                return new AttributeValue { M = entry };
            }),
        ],
    };



    private static AttributeValue LineToItem(OrderLine line) => new()
    {
        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["productId"] = new(line.ProductId),
            ["title"] = new(line.Title),
            ["platform"] = new(line.Platform),
            ["sellerId"] = new(line.SellerId),
            ["unitAmount"] = Number(line.UnitPrice.Amount),
            ["currency"] = new(line.UnitPrice.Currency),
            ["quantity"] = Number(line.Quantity),
        },
    };

    private static OrderLine LineFromItem(Dictionary<string, AttributeValue> m) => new(
        m["productId"].S, m["title"].S, m["platform"].S, m["sellerId"].S,
        new Money(long.Parse(m["unitAmount"].N, CultureInfo.InvariantCulture), m["currency"].S),
        int.Parse(m["quantity"].N, CultureInfo.InvariantCulture));

    private static StatusChange HistoryEntryFromItem(Dictionary<string, AttributeValue> m) => new(
        Enum.Parse<OrderStatus>(m["status"].S, ignoreCase: true), ParseTime(m["at"].S), m.TryGetValue("reason", out var r) ? r.S : null);

    private static AttributeValue PersonalDataToItem(ProtectedFields data) => new()
    {
        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["keyId"] = new(data.KeyId),
            ["dataKey"] = new(data.EncryptedDataKey),
            ["fields"] = new AttributeValue
            {
                M = data.Ciphertexts.ToDictionary(f => f.Key, f => new AttributeValue(f.Value), StringComparer.Ordinal),
            },
        },
    };

    private static ProtectedFields PersonalDataFromItem(Dictionary<string, AttributeValue> m) => new(
        m["keyId"].S, m["dataKey"].S, m["fields"].M.ToDictionary(f => f.Key, f => f.Value.S, StringComparer.Ordinal));

}
