using GitGoods.Adapters.Encryption;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>A data key wrapped in the main region unwraps in the standby with the standby's replica of a multi-Region key.</summary>
public sealed class MultiRegionKeyArnTests
{
    private const string Primary = "arn:aws:kms:ap-southeast-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";
    private const string Replica = "arn:aws:kms:ap-southeast-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";

    [Fact]
    public void AKeyWrappedInTheOtherRegion_IsUnwrappedWithThisRegionsReplica()
    {
        MultiRegionKeyArn.ForLocalRegion(Primary, Replica).Should().Be(Replica);
        MultiRegionKeyArn.ForLocalRegion(Replica, Primary).Should().Be(Primary);
    }

    [Fact]
    public void AKeyWrappedInThisRegion_IsUnchanged() =>
        MultiRegionKeyArn.ForLocalRegion(Replica, Replica).Should().Be(Replica);

    [Theory]
    [InlineData("arn:aws:kms:ap-southeast-1:111122223333:key/mrk-ffffffffffffffffffffffffffffffff", "another multi-Region key")]
    [InlineData("arn:aws:kms:ap-southeast-1:444455556666:key/mrk-1234abcd12ab34cd56ef1234567890ab", "the same id in another account")]
    [InlineData("arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab", "another partition")]
    [InlineData("arn:aws:kms:ap-southeast-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "a single-Region key")]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab", "a bare key id")]
    public void AnyOtherStoredKey_IsUsedAsStored(string stored, string because) =>
        MultiRegionKeyArn.ForLocalRegion(stored, Replica).Should().Be(stored, because);

    [Fact]
    public void AnAliasAsTheLocalKey_LeavesTheStoredArnAlone() =>
        MultiRegionKeyArn.ForLocalRegion(Primary, "alias/gitgoods/order-pii").Should().Be(Primary);
}
