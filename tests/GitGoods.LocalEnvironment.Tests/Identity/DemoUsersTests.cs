using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Tests.Identity;

[Collection(LocalEnvironmentTests.Name)]
public sealed class DemoUsersTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task Seeding_IsIdempotent_AndSurvivesARestartOfTheStore()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gitgoods-users-" + Guid.NewGuid().ToString("N"));
        using (var store = new UserStore(directory))
        {
            (await DemoUsers.SeedAsync(store, TimeProvider.System, CancellationToken.None)).Should().Be(4);
            (await DemoUsers.SeedAsync(store, TimeProvider.System, CancellationToken.None)).Should().Be(0);
        }

        using var reopened = new UserStore(directory);
        (await DemoUsers.SeedAsync(reopened, TimeProvider.System, CancellationToken.None)).Should().Be(0);
        var seller = await reopened.FindAsync("Seller@GitGoods.local", CancellationToken.None);
        seller!.Sub.Should().Be(DemoUsers.SellerSub);
        seller.Groups.Should().Equal("sellers");
        PasswordHasher.Verify(DemoUsers.Password, seller.PasswordHash).Should().BeTrue();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("shopper@gitgoods.local", null)]
    [InlineData("seller@gitgoods.local", "sellers")]
    [InlineData("admin@gitgoods.local", "admins")]
    [InlineData("analyst@gitgoods.local", "business")]
    public async Task DemoUser_SignsInWithTheDocumentedPassword(string email, string? group)
    {
        var tokens = await fixture.Stack.Identity.SignInAsync(email);

        var claims = TokenParts.Payload(tokens.IdToken);
        if (group is null)
        {
            claims.ContainsKey("cognito:groups").Should().BeFalse();
        }
        else
        {
            claims["cognito:groups"]!.AsArray().Select(g => g!.GetValue<string>()).Should().Equal(group);
        }
    }

    [Fact]
    public void SeededProducts_BelongToTheDemoSeller()
    {
        var now = TimeProvider.System.GetUtcNow();

        fixture.Seeded.Select(g => g.ToProduct(now).SellerId).Should().OnlyContain(s => s == DemoUsers.SellerSub);
    }
}
