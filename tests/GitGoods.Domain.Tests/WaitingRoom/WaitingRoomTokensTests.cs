using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Domain.Tests.WaitingRoom;

public class WaitingRoomTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);
    private readonly WaitingRoomTokens _tokens = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private string Admission(DateTimeOffset expires) => _tokens.Issue(new TokenClaims(TokenKind.Admission, "sale", 7, "sub-1", Now, expires));

    [Fact]
    public void AGenuineToken_VerifiesWithItsClaims()
    {
        _tokens.Verify(Admission(Now.AddMinutes(5)), TokenKind.Admission, Now, out var claims).Should().Be(TokenVerdict.Valid);
        claims.Should().Be(new TokenClaims(TokenKind.Admission, "sale", 7, "sub-1", Now, Now.AddMinutes(5)));
    }

    [Fact]
    public void ExpiredForgedWrongKindOrOtherKey_AreRefused()
    {
        _tokens.Verify(Admission(Now), TokenKind.Admission, Now, out _).Should().Be(TokenVerdict.Expired);
        var token = Admission(Now.AddMinutes(5));
        _tokens.Verify(token, TokenKind.Position, Now, out _).Should().Be(TokenVerdict.Forged);
        var parts = token.Split('.');
        var otherPayload = _tokens.Issue(new TokenClaims(TokenKind.Admission, "sale", 8, "sub-1", Now, Now.AddMinutes(5))).Split('.')[1];
        _tokens.Verify($"{parts[0]}.{otherPayload}.{parts[2]}", TokenKind.Admission, Now, out _).Should().Be(TokenVerdict.Forged);
        new WaitingRoomTokens(new byte[32]).Verify(token, TokenKind.Admission, Now, out _).Should().Be(TokenVerdict.Forged);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1.abc")]
    [InlineData("v2.YQ.YQ")]
    [InlineData("v1.!!.YQ")]
    public void Junk_IsMalformed(string? token) =>
        _tokens.Verify(token, TokenKind.Admission, Now, out _).Should().Be(TokenVerdict.Malformed);
}
