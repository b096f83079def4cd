using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Common;

public class InvalidCursorExceptionTests
{
    [Fact]
    public void WithoutAMessage_ItSaysTheCursorIsNotValid() =>
        new InvalidCursorException().Message.Should().Be("The cursor is not valid for this list.");
}
