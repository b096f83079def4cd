using GitGoods.LocalEnvironment.Identity.Tokens;

namespace GitGoods.LocalEnvironment.Tests.Identity;

public sealed class SigningKeyTests
{
    [Fact]
    public void Key_IsCreatedOnce_KeptOwnerOnly_AndKeepsItsKidAcrossRestarts()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gitgoods-key-" + Guid.NewGuid().ToString("N"));
        string token;
        string kid;
        using (var first = SigningKey.LoadOrCreate(directory))
        {
            kid = first.KeyId;
            token = Jwt.Encode(TestTokens.IdClaims(), first);
        }

        using var second = SigningKey.LoadOrCreate(directory);

        second.KeyId.Should().Be(kid);
        Jwt.DecodeVerified(token, second).Should().NotBeNull();
        Jwt.DecodeVerified(Jwt.Encode(TestTokens.IdClaims(), second), second).Should().NotBeNull(
            "the same key loaded again in one process signs, though the first instance's RSA is disposed");
        second.ToJwk().ContainsKey("d").Should().BeFalse();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(directory, SigningKey.FileName)).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void TokenSignedByAnotherKey_DoesNotVerify()
    {
        using var other = SigningKey.CreateEphemeral();

        Jwt.DecodeVerified(Jwt.Encode(TestTokens.IdClaims(), other), TestTokens.Key).Should().BeNull();
    }
}
