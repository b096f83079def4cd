using System.Net;

using GitGoods.LocalEnvironment.Site;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Site;

/// <summary>A stack started with <c>--web-root</c> on a built SPA: its files, client routes, and the stack's own paths.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SpaHostingTests(LocalEnvironmentFixture fixture)
{
    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("spa", "--web-root", FakeSpaBuild.Directory);

    [Fact]
    public async Task Root_IsIndexHtml_RevalidatedEveryTime_WithSecurityHeaders()
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain(FakeSpaBuild.IndexMarker);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "X-Frame-Options").Should().Be("DENY");
        Header(response, "Referrer-Policy").Should().Be("strict-origin-when-cross-origin");
        var csp = Header(response, "Content-Security-Policy");
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("connect-src 'self'")
            .And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
    }

    [Theory]
    [InlineData("/products/abc")]
    [InlineData("/orders/x")]
    [InlineData("/seller/products")]
    [InlineData("/cart?step=2")]
    public async Task ClientRoute_FallsBackToIndexHtml(string path)
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(FakeSpaBuild.IndexMarker);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        Header(response, "Content-Security-Policy").Should().Be(SecurityHeaders.SpaContentSecurityPolicy);
    }

    [Fact]
    public async Task HashedAsset_IsServed_CachedForAYear_AsImmutable()
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync("/" + FakeSpaBuild.Script);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await response.Content.ReadAsStringAsync()).Should().Be(FakeSpaBuild.ScriptBody);
        Header(response, "Cache-Control").Should().Be("public, max-age=31536000, immutable");
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
    }

    [Fact]
    public async Task UnhashedFile_IsRevalidated()
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync("/robots.txt");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Theory]
    [InlineData("/assets/missing-0000.js")]
    [InlineData("/products/abc.png")]
    public async Task MissingFile_Is404_NotIndexHtml(string path)
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(FakeSpaBuild.IndexMarker);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api")]
    public async Task UnknownApiRoute_IsA404Problem_NotIndexHtml(string path)
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"status\":404").And.NotContain(FakeSpaBuild.IndexMarker);
    }

    [Theory]
    [InlineData("/cognito")]
    [InlineData("/cognito/unknown")]
    [InlineData("/local/nothing")]
    [InlineData("/images/nothing")]
    public async Task StackPath_NeverFallsBackToIndexHtml(string path)
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync(path);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(FakeSpaBuild.IndexMarker);
    }

    [Fact]
    public async Task PostToAClientRoute_IsNotIndexHtml()
    {
        var stack = await StackAsync();

        using var response = await stack.Client.PostAsync("/products/abc", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ConfigJson_StaysTheRuntimeConfig_NeverStored()
    {
        var stack = await StackAsync();

        using var response = await stack.Client.GetAsync("/config.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"apiBaseUrl\"");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new InvalidOperationException($"No {name} header.");
}
