namespace GitGoods.TestSupport;

/// <summary>
/// The Chromium the tests drive: Debian's <c>/usr/bin/chromium</c>, or the path in <c>GITGOODS_CHROMIUM</c>.
/// Playwright cannot download its own browsers here, so the e2e tests and the web benchmark use the system's.
/// </summary>
public static class ChromiumExecutable
{
    public const string EnvironmentVariable = "GITGOODS_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Headless, no sandbox (tests may run as root), no GPU, no background calls home.</summary>
    public static IReadOnlyList<string> Args { get; } = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    /// <summary>The browser's path; throws, saying how to install one, when it is not there.</summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Chromium at {path}. Run scripts/ensure-chromium.sh (installs Debian's chromium package) " +
                $"or set {EnvironmentVariable} to a Chromium executable.");
        }

        return path;
    }
}
