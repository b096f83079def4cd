using GitGoods.Domain.Idempotency;

namespace GitGoods.Domain.Tests.Idempotency;

public class IdempotencyRecordIdTests
{
    [Fact]
    public void For_IsTheFunctionNameAndTheLowerCaseHexSha256OfTheKey() =>
        IdempotencyRecordId.For("place-order", "abc").Should()
            .Be("place-order#ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void For_DifferentKeys_GiveDifferentIds() =>
        IdempotencyRecordId.For("f", "user-1:k").Should().NotBe(IdempotencyRecordId.For("f", "user-2:k"));

    [Fact]
    public void For_WithoutAFunctionName_IsRefused() =>
        FluentActions.Invoking(() => IdempotencyRecordId.For("", "k")).Should().Throw<ArgumentException>().WithParameterName("functionName");

    [Fact]
    public void For_WithoutAKey_IsRefused() =>
        FluentActions.Invoking(() => IdempotencyRecordId.For("f", null!)).Should().Throw<ArgumentNullException>().WithParameterName("scopedKey");
}
