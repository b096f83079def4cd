using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Tests.Orders;

/// <summary>Order ids are stored and retried against, so their derivation must never drift.</summary>
public class OrderIdsTests
{
    // Computed outside .NET: lowercase RFC 4648 base32 of the first 15 bytes of SHA-256("order\n<customer>\n<key>").
    [Theory]
    [InlineData("alice", "key-1", "qppzizf5jmxx4wtiyfjdo5rw")]
    [InlineData("customer-42", "2f6b1a3e-9c1d-4e55-8a77-0c1e2d3f4a5b", "syp6ekmmbhus2dakowlwq6fa")]
    public void From_IsBase32OfTheSha256OfCustomerAndKey(string customer, string key, string expected)
    {
        OrderIds.From(customer, key).Should().Be(expected);
    }

    [Theory]
    [InlineData("", "key")]
    [InlineData("alice", "")]
    public void From_RefusesAnEmptyCustomerOrKey(string customer, string key)
    {
        var act = () => OrderIds.From(customer, key);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void IsWellFormed_AcceptsOnly24CharactersOfTheLowercaseBase32Alphabet()
    {
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvwx").Should().BeTrue();
        OrderIds.IsWellFormed("yz234567yz234567yz234567").Should().BeTrue();
        OrderIds.IsWellFormed(OrderIds.From("alice", "key-1")).Should().BeTrue();

        OrderIds.IsWellFormed(null).Should().BeFalse();
        OrderIds.IsWellFormed("").Should().BeFalse();
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvw").Should().BeFalse("23 characters");
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvwxy").Should().BeFalse("25 characters");
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvw1").Should().BeFalse("1 is not in base32");
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvw8").Should().BeFalse("8 is not in base32");
        OrderIds.IsWellFormed("Abcdefghijklmnopqrstuvwx").Should().BeFalse("ids are lowercase");
        OrderIds.IsWellFormed("abcdefghijklmnopqrstuvw#").Should().BeFalse();
    }
}
