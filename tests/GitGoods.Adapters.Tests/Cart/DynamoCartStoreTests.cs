using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Cart;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Cart;

/// <summary>The cart adapter against the real DynamoDB Local engine; each test owns its own table.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoCartStoreTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CartOwner Anonymous = CartOwner.Anonymous(CartId.New());
    private static readonly CartOwner User = CartOwner.User("user-1");

    [Fact]
    public async Task SetLine_ThenFind_ReturnsTheLinesAndStoresExpiryAndTtl()
    {
        var (store, table) = await NewStoreAsync();

        await store.SetLineAsync(Anonymous, "p-1", 2, Now, default);
        await store.SetLineAsync(Anonymous, "p-2", 1, Now.AddMinutes(1), default);
        var found = await store.FindAsync(Anonymous, Now.AddMinutes(2), default);

        found!.Lines.Should().Equal(new CartLine("p-1", 2), new CartLine("p-2", 1));
        found.ExpiresAt.Should().Be(Now.AddMinutes(1) + CartOwner.AnonymousLifetime);
        var item = await RawAsync(table, "CART#ANON#" + Anonymous.Id);
        item["expiresAt"].S.Should().Be("2026-03-08T12:01:00.000Z");
        item["expiresAtEpoch"].N.Should().Be(Now.AddMinutes(1).Add(CartOwner.AnonymousLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Find_AfterExpiry_ReturnsNullEvenThoughTheItemIsStillThere()
    {
        var (store, table) = await NewStoreAsync();
        await store.SetLineAsync(User, "p-1", 1, Now, default);

        var found = await store.FindAsync(User, Now + CartOwner.SignedInLifetime, default);

        found.Should().BeNull();
        (await RawAsync(table, "CART#USER#user-1")).Should().NotBeEmpty("TTL has not deleted it yet");
    }

    [Fact]
    public async Task SetLine_OnAnExpiredCart_StartsAFreshCart()
    {
        var (store, _) = await NewStoreAsync();
        await store.SetLineAsync(Anonymous, "old", 3, Now, default);
        var later = Now + CartOwner.AnonymousLifetime + TimeSpan.FromHours(1);

        var cart = await store.SetLineAsync(Anonymous, "new", 1, later, default);

        cart.Lines.Should().Equal(new CartLine("new", 1));
        (await store.FindAsync(Anonymous, later, default))!.Lines.Should().Equal(new CartLine("new", 1));
    }

    [Fact]
    public async Task SetLine_ConcurrentlyForDifferentProducts_KeepsEveryLine()
    {
        var (store, _) = await NewStoreAsync();
        var ids = Enumerable.Range(0, 12).Select(i => "p-" + i.ToString("00", CultureInfo.InvariantCulture)).ToList();

        await Task.WhenAll(ids.Select(id => store.SetLineAsync(User, id, 1, Now, default)));

        (await store.FindAsync(User, Now, default))!.Lines.Select(l => l.ProductId).Should().Equal(ids);
    }

    [Fact]
    public async Task SetLine_Zero_RemovesOnlyThatLine()
    {
        var (store, _) = await NewStoreAsync();
        await store.SetLineAsync(User, "p-1", 1, Now, default);
        await store.SetLineAsync(User, "p-2", 2, Now, default);

        var cart = await store.SetLineAsync(User, "p-1", 0, Now, default);

        cart.Lines.Should().Equal(new CartLine("p-2", 2));
    }

    [Fact]
    public async Task Merge_WritesTheLinesAndDeletesTheAnonymousCart_AndASecondMergeIsRefused()
    {
        var (store, _) = await NewStoreAsync();
        await store.SetLineAsync(User, "p-1", 1, Now, default);
        var from = await store.SetLineAsync(Anonymous, "p-1", 2, Now, default);
        var into = (await store.FindAsync(User, Now, default))!;
        var merged = into.Merge(from, _ => 10, Now.AddMinutes(1));

        (await store.MergeAsync(merged, from, intoExisting: true, default)).Should().BeTrue();
        (await store.MergeAsync(merged, from, intoExisting: true, default)).Should().BeFalse("the anonymous cart is gone");

        (await store.FindAsync(User, Now.AddMinutes(1), default))!.Lines.Should().Equal(new CartLine("p-1", 3));
        (await store.FindAsync(Anonymous, Now.AddMinutes(1), default)).Should().BeNull();
    }

    [Fact]
    public async Task Merge_IntoNoCart_CreatesTheUsersCart()
    {
        var (store, _) = await NewStoreAsync();
        var from = await store.SetLineAsync(Anonymous, "p-1", 2, Now, default);
        var merged = ShoppingCart.Empty(User, Now).Merge(from, _ => 10, Now);

        (await store.MergeAsync(merged, from, intoExisting: false, default)).Should().BeTrue();

        (await store.FindAsync(User, Now, default))!.Lines.Should().Equal(new CartLine("p-1", 2));
    }

    [Fact]
    public async Task CartProducts_ReadsManyProductsInTheCatalogueLayout()
    {
        var table = await dynamo.CreateTableAsync();
        var writer = new DynamoProductWriter(dynamo.Client, table);
        var product = Product.Create("p-1", "Starfall", "PC", "", new Money(5999, "SGD"), 4, [], "s-1", ProductStatus.Active, Now, Now);
        await writer.AddAsync(product, default);

        var found = await new DynamoCartProducts(dynamo.Client, table).FindManyAsync(["p-1", "missing"], default);

        found.Should().ContainSingle().Which.Value.Should().BeEquivalentTo(product);
    }

    private async Task<(DynamoCartStore Store, string Table)> NewStoreAsync()
    {
        var table = await dynamo.CreateTableAsync();
        return (new DynamoCartStore(dynamo.Client, table), table);
    }

    private async Task<Dictionary<string, AttributeValue>> RawAsync(string table, string pk) =>
        (await dynamo.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new(StringComparer.Ordinal) { ["PK"] = new(pk), ["SK"] = new("CART") },
        })).Item;
}
