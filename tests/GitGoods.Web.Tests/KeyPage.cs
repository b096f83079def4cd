using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GitGoods.Web.Tests;

/// <summary>
/// What every key page gets once its content is shown: a full-page screenshot in artifacts/e2e-screenshots and an
/// axe check that finds no serious or critical accessibility violation.
/// </summary>
public static class KeyPage
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Saves <c>&lt;test&gt;-&lt;name&gt;.png</c> and fails, listing each violation's id and targets, on a serious or critical one.</summary>
    public static async Task CheckAsync(IPage page, string test, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(WebStackFixture.ScreenshotDirectory, $"{test}-{name}.png"),
            FullPage = true,
        });

        var result = await page.RunAxe();
        result.Passes.Should().NotBeEmpty("axe must have run its rules on the {0} page", name);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).ToList();
        blocking.Should().BeEmpty($"the {name} page ({page.Url}) should have no serious or critical axe violations:{Environment.NewLine}{Describe(blocking)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join(Environment.NewLine, violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
}
