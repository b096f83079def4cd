using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Tests.Orders;

public class OrderPersonalDataTests
{
    private const string OrderId = "order-1";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly PlainProtector Protector = new();

    private static readonly OrderPersonalData Full = new(
        new ShippingDetails("Ada Lovelace", "+6591234567", new ShippingAddress("1 Analytical Rd", "#02-01", "Singapore", "123456", "SG"), "ada@example.com"),
        "pm_card_visa");

    [Fact]
    public async Task Seal_ProtectsEveryField_UnderItsStoredName()
    {
        var sealedData = await Full.SealAsync(Protector, OrderId, default);

        sealedData.Ciphertexts.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["name"] = "Ada Lovelace", ["phone"] = "+6591234567", ["email"] = "ada@example.com",
            ["address.line1"] = "1 Analytical Rd", ["address.line2"] = "#02-01", ["address.city"] = "Singapore",
            ["address.postalCode"] = "123456", ["address.country"] = "SG", ["payment.token"] = "pm_card_visa",
        });
    }

    [Fact]
    public async Task Seal_LeavesOutAnAbsentSecondLineAndEmail()
    {
        var data = Full with { Shipping = Full.Shipping with { Email = null, Address = Full.Shipping.Address with { Line2 = null } } };

        var sealedData = await data.SealAsync(Protector, OrderId, default);

        sealedData.Ciphertexts.Keys.Should().NotContain(["email", "address.line2"]).And.HaveCount(7);
    }

    [Fact]
    public async Task SealingThenOpening_GivesBackTheSameData()
    {
        var order = OrderWith(await Full.SealAsync(Protector, OrderId, default));

        (await OrderPersonalData.OpenAsync(Protector, order, default)).Should().Be(Full);
    }

    [Fact]
    public async Task SealingThenOpening_KeepsAnAbsentSecondLineAndEmailAbsent()
    {
        var data = Full with { Shipping = Full.Shipping with { Email = null, Address = Full.Shipping.Address with { Line2 = null } } };
        var order = OrderWith(await data.SealAsync(Protector, OrderId, default));

        (await OrderPersonalData.OpenAsync(Protector, order, default)).Should().Be(data);
    }

    [Fact]
    public async Task SealOrOpen_WithoutAProtectorOrOrder_Throws()
    {
        var order = OrderWith(await Full.SealAsync(Protector, OrderId, default));

        await FluentActions.Awaiting(() => Full.SealAsync(null!, OrderId, default)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("protector");
        await FluentActions.Awaiting(() => OrderPersonalData.OpenAsync(null!, order, default)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("protector");
        await FluentActions.Awaiting(() => OrderPersonalData.OpenAsync(Protector, null!, default)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("order");
    }

    [Fact]
    public void PersonalDataTypes_PrintOnlyTheirTypeName()
    {
        Full.ToString().Should().Be("OrderPersonalData { (personal data) }");
        Full.Shipping.ToString().Should().Be("ShippingDetails { (personal data) }");
        Full.Shipping.Address.ToString().Should().Be("ShippingAddress { (personal data) }");
    }

    private static Order OrderWith(ProtectedFields personalData) => new()
    {
        Id = OrderId,
        CustomerId = "c",
        Status = OrderStatus.Pending,
        Lines = [new OrderLine("a", "A", "PC", "s", new Money(100, "SGD"), 1)],
        PersonalData = personalData,
        History = [new StatusChange(OrderStatus.Pending, Now)],
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    /// <summary>Keeps plaintext as is, bound to its order id, so a test can see exactly which fields were sealed.</summary>
    private sealed class PlainProtector : IPersonalDataProtector
    {
        public Task<ProtectedFields> ProtectAsync(string orderId, IReadOnlyDictionary<string, string> fields, CancellationToken ct) =>
            Task.FromResult(new ProtectedFields("key-1", orderId, new Dictionary<string, string>(fields, StringComparer.Ordinal)));

        public Task<IReadOnlyDictionary<string, string>> UnprotectAsync(string orderId, ProtectedFields protectedFields, CancellationToken ct) =>
            protectedFields.EncryptedDataKey == orderId
                ? Task.FromResult(protectedFields.Ciphertexts)
                : throw new PersonalDataTamperedException($"The protected fields are not those of order '{orderId}'.");
    }
}
