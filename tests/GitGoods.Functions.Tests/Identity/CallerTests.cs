using GitGoods.Functions.Tests.Fakes;
using GitGoods.Identity;

namespace GitGoods.Functions.Tests.Identity;

public class CallerTests
{
    [Theory]
    [InlineData("[sellers admins]")]
    [InlineData("[\"sellers\",\"admins\"]")]
    [InlineData("sellers,admins")]
    [InlineData(" [ sellers  admins ] ")]
    public void ParseGroups_ReadsEveryFormatTheSame(string claim)
    {
        Caller.ParseGroups(claim).Should().BeEquivalentTo("sellers", "admins");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[]")]
    public void ParseGroups_WithNoGroups_IsEmpty(string? claim)
    {
        Caller.ParseGroups(claim).Should().BeEmpty();
    }

    [Fact]
    public void From_WithoutAuthorizerClaims_IsAnonymous()
    {
        Caller.From(Requests.Get("/api/me")).Should().BeNull();
    }

    [Fact]
    public void From_VerifiedClaims_GivesIdContactAndGroups()
    {
        var caller = Caller.From(Requests.SignedIn(Requests.Get("/api/me"), "u-1", "sellers"))!;

        caller.UserId.Should().Be("u-1");
        caller.Email.Should().Be("u-1@example.test");
        caller.IsSeller.Should().BeTrue();
        caller.IsAdmin.Should().BeFalse();
    }

    [Fact]
    public void From_GroupNamesAreExact_NotSubstrings()
    {
        var caller = Caller.From(Requests.SignedIn(Requests.Get("/api/me"), "u-1", "not-admins", "Sellers"))!;

        caller.IsAdmin.Should().BeFalse();
        caller.IsSeller.Should().BeFalse("group names are case-sensitive in Cognito");
    }
}
