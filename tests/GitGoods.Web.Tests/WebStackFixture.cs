using GitGoods.LocalEnvironment.Configuration;
using GitGoods.TestSupport;
using Microsoft.Playwright;

namespace GitGoods.Web.Tests;

/// <summary>
/// One local environment serving the built SPA (<c>--web-root src/Web/dist</c>, a temporary state folder, its own table on
/// one DynamoDB Local) and one headless Chromium for the whole assembly. Each test opens its own browser context.
/// The SPA is not built here: the fixture fails, naming the build command, when it has not been built.
/// </summary>
public sealed class WebStackFixture : IAsyncLifetime
{
    /// <summary>The command that builds the SPA the tests drive.</summary>
    public const string BuildCommand = "npm --prefix src/Web ci && npm --prefix src/Web run build";

    private readonly DynamoDbLocalFixture _dynamoDb = new();
    private readonly string _stateDirectory = Path.Combine(Path.GetTempPath(), "gitgoods-web-tests-" + Guid.NewGuid().ToString("N"));
    private LocalEnvironmentHost? _stack;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string RepositoryDirectory { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string WebRoot { get; } = Path.Combine(RepositoryDirectory, "src", "Web", "dist");

    /// <summary>Where the run saves a full-page PNG of each key page (git-ignored).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryDirectory, "artifacts", "e2e-screenshots");

    /// <summary>The stack's URL: the SPA, its /config.json, the API and the identity endpoint.</summary>
    public Uri BaseAddress => Stack.BaseAddress;

    public LocalEnvironmentHost Stack => _stack ?? throw new InvalidOperationException("The stack has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(WebRoot, "index.html")))
        {
            throw new InvalidOperationException($"The SPA has not been built ({WebRoot}/index.html is missing). Build it first: {BuildCommand}");
        }

        var chromium = ChromiumExecutable.Find();
        // This run's screenshots only: a page a test no longer visits leaves no stale picture behind.
        Directory.CreateDirectory(ScreenshotDirectory);
        foreach (var old in Directory.EnumerateFiles(ScreenshotDirectory, "*.png"))
        {
            File.Delete(old);
        }

        Assertions.SetDefaultExpectTimeout(15_000);

        await _dynamoDb.InitializeAsync();
        _stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = _dynamoDb.Endpoint,
            TableName = "web-" + Guid.NewGuid().ToString("N"),
            StateDirectory = _stateDirectory,
            LogSink = new CapturedLog(),
            ExtraArgs = ["--web-root", WebRoot],
        });

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumExecutable.Args,
        });
    }

    /// <summary>A fresh browser context (own cookies and storage, so its own cart) with one page at the stack's URL.</summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-SG",
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }

        await _dynamoDb.DisposeAsync();
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }
}
