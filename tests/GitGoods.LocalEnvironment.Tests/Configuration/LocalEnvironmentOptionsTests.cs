using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitGoods.LocalEnvironment.Tests.Configuration;

public sealed class LocalEnvironmentOptionsTests
{
    [Fact]
    public void Defaults_ListenOnLocalhost5080_AndKeepStateInTheRepositorysLocalFolder()
    {
        var options = LocalEnvironmentOptions.From([], Config(), AppContext.BaseDirectory);

        options.Urls.Should().Be("http://localhost:5080");
        options.StateDirectory.Should().Be(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ".local"));
        options.DataDirectory.Should().Be(Path.Combine(options.StateDirectory, "dynamodb-data"));
        options.DynamoDbLocalDirectory.Should().Be(Path.Combine(options.StateDirectory, "dynamodb-local"));
        options.TableName.Should().Be("GitGoods");
        options.DynamoDbEndpoint.Should().BeNull();
    }

    [Fact]
    public void WebRoot_DefaultsToTheRepositorysSpaBuild_AndComesFromArgsOrEnvironment()
    {
        var defaults = LocalEnvironmentOptions.From([], Config(), AppContext.BaseDirectory);
        var fromEnvironment = LocalEnvironmentOptions.From([], Config(("GITGOODS_WEB_ROOT", "/tmp/gg-web-env")), "/tmp");
        var fromArgs = LocalEnvironmentOptions.From(["--web-root", "/tmp/gg-web-args"], Config(("GITGOODS_WEB_ROOT", "/tmp/gg-web-env")), "/tmp");

        defaults.WebRoot.Should().Be(Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "Web", "dist"));
        fromEnvironment.WebRoot.Should().Be("/tmp/gg-web-env");
        fromArgs.WebRoot.Should().Be("/tmp/gg-web-args");
    }

    [Fact]
    public void Identity_IsAutoConfirmedByDefault_AndLivesUnderTheStateFolder()
    {
        var defaults = LocalEnvironmentOptions.From(["--state-dir", "/tmp/gg-state"], Config(), "/tmp");
        var off = LocalEnvironmentOptions.From([], Config(("GITGOODS_IDENTITY_AUTO_CONFIRM", "false")), "/tmp");
        var bad = () => LocalEnvironmentOptions.From(["--identity-auto-confirm", "maybe"], Config(), "/tmp");

        defaults.IdentityAutoConfirm.Should().BeTrue();
        defaults.IdentityDirectory.Should().Be(Path.Combine("/tmp/gg-state", "identity"));
        off.IdentityAutoConfirm.Should().BeFalse();
        bad.Should().Throw<InvalidOperationException>().WithMessage("*identity-auto-confirm*");
    }

    [Fact]
    public void CommandLine_BeatsEnvironment()
    {
        var config = Config(("GITGOODS_URL", "http://127.0.0.1:6000"), ("GITGOODS_TABLE_NAME", "FromEnv"),
            ("GITGOODS_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000"));

        var options = LocalEnvironmentOptions.From(["--urls", "http://127.0.0.1:7000", "--table-name", "FromArgs"], config, "/tmp");

        options.Urls.Should().Be("http://127.0.0.1:7000");
        options.TableName.Should().Be("FromArgs");
        options.DynamoDbEndpoint.Should().Be(new Uri("http://127.0.0.1:8000"));
    }

    [Fact]
    public void GitGoodsUrl_BeatsAspNetCoreUrls()
    {
        var options = LocalEnvironmentOptions.From([], Config(("GITGOODS_URL", "http://localhost:6001"), ("urls", "http://localhost:6002")), "/tmp");

        options.Urls.Should().Be("http://localhost:6001");
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://localhost:5080;http://0.0.0.0:5081")]
    public void NonLoopbackUrls_AreRefused(string urls)
    {
        var from = () => LocalEnvironmentOptions.From(["--urls", urls], Config(), "/tmp");

        from.Should().Throw<InvalidOperationException>().WithMessage("*loopback*");
    }

    [Fact]
    public void RepositoryRoot_IsTheFolderHoldingTheSolution()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);

        File.Exists(Path.Combine(root, "GitGoods.sln")).Should().BeTrue();
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
