using GitGoods.Adapters.Analytics;
using GitGoods.Composition;
using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>The running stack gives its functions the lake folder under its state folder (ANALYTICS_FOLDER's local value).</summary>
[Collection(LocalEnvironmentTests.Name)]
public class LocalAnalyticsFolderTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public void Functions_WriteTheLakeUnderTheStateFolder()
    {
        var options = fixture.Stack.Services.GetRequiredService<LocalEnvironmentOptions>();
        var services = fixture.Stack.Services.GetRequiredService<FunctionServices>();

        options.AnalyticsDirectory.Should().Be(Path.Combine(options.StateDirectory, "analytics"));
        services.Settings.AnalyticsFolder.Should().Be(options.AnalyticsDirectory);
        services.AnalyticsFiles.Should().BeOfType<FolderAnalyticsFiles>().Which.Root.Should().Be(options.AnalyticsDirectory);
    }
}
