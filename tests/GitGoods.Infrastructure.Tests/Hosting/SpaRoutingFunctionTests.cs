using System.Diagnostics;
using System.Text.Json;

using GitGoods.Infrastructure.Hosting;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>The CloudFront Function's code, run by Node.js (the CDK's own runtime here) on CloudFront's viewer-request event shape.</summary>
public sealed class SpaRoutingFunctionTests
{
    [Theory]
    [InlineData("/", "/index.html")]
    [InlineData("/products/abc", "/index.html")]
    [InlineData("/orders/x/", "/index.html")]
    [InlineData("/seller/products", "/index.html")]
    [InlineData("/index.html", "/index.html")]
    [InlineData("/assets/index-3f9a1c2b.js", "/assets/index-3f9a1c2b.js")]
    [InlineData("/assets/missing.css", "/assets/missing.css")]
    [InlineData("/config.json", "/config.json")]
    [InlineData("/favicon.ico", "/favicon.ico")]
    public async Task ClientRoutes_BecomeIndexHtml_FilesStayAsTheyAre(string uri, string expected)
    {
        var rewritten = await RunAsync(uri);

        rewritten.Should().Be(expected);
    }

    private static async Task<string> RunAsync(string uri)
    {
        var script = Path.Combine(Path.GetTempPath(), "gitgoods-spa-routing-" + Guid.NewGuid().ToString("N") + ".js");
        var request = JsonSerializer.Serialize(new { uri, method = "GET", querystring = new { }, headers = new { }, cookies = new { } });
        await File.WriteAllTextAsync(script, SpaRoutingFunction.Code
            + $"\nprocess.stdout.write(handler({{ version: '1.0', context: {{ eventType: 'viewer-request' }}, request: {request} }}).uri);\n");
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var output = await node.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = await node.StandardError.ReadToEndAsync(timeout.Token);
            await node.WaitForExitAsync(timeout.Token);
            node.ExitCode.Should().Be(0, errors);
            return output;
        }
        finally
        {
            File.Delete(script);
        }
    }
}
