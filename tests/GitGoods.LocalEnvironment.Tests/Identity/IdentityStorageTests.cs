using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>What the local user pool keeps on disk, and what it never does.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class IdentityStorageTests(LocalEnvironmentFixture fixture)
{
    private const string Password = "Corr3ct-Horse!";

    private GitGoods.TestSupport.CognitoClient Cognito => fixture.Stack.Identity;

    [Fact]
    public async Task UsersFile_HoldsNoPasswordOrRefreshToken()
    {
        var email = $"stored-{Guid.NewGuid():N}@example.test";
        await Cognito.SignUpAsync(email, Password, "Stored User");
        var tokens = await Cognito.SignInAsync(email, Password);

        var directory = fixture.Stack.Services.GetRequiredService<LocalEnvironmentOptions>().IdentityDirectory;
        var users = await File.ReadAllTextAsync(Path.Combine(directory, "users.json"));

        users.Should().Contain(email).And.Contain("pbkdf2-sha256$");
        users.Should().NotContain(Password).And.NotContain(tokens.RefreshToken);
        File.Exists(Path.Combine(directory, "signing-key.pem")).Should().BeTrue();
    }
}
