using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using GitGoods.LocalEnvironment.Edge;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Edge;

/// <summary>
/// The stack compresses as CloudFront does (<see cref="CloudFrontCompression"/>), seen over real HTTP with a client that
/// sends the Accept-Encoding it is told to and decompresses nothing itself.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CloudFrontCompressionTests(LocalEnvironmentFixture fixture)
{
    private Task<LocalEnvironmentHost> StackAsync() =>
        fixture.OwnStackAsync("compressing", "--web-root", CompressionSite.Directory, "--compress", "true");

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br", "br")]
    [InlineData("gzip;q=1.0, br;q=0.5", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip, br;q=0", "gzip")]
    public async Task LargeScript_IsCompressed_BrotliWhenAccepted_ElseGzip(string acceptEncoding, string expected)
    {
        using var response = await SendAsync(HttpMethod.Get, "/" + CompressionSite.LargeScript, acceptEncoding);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(expected);
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeLessThan(CompressionSite.LargeScriptBody.Length / 4);
        Decode(bytes, expected).Should().Be(CompressionSite.LargeScriptBody);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("deflate")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task WithoutGzipOrBrotliAccepted_TheBodyIsAsStored(string? acceptEncoding)
    {
        using var response = await SendAsync(HttpMethod.Get, "/" + CompressionSite.LargeScript, acceptEncoding);

        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        response.Content.Headers.ContentLength.Should().Be(CompressionSite.LargeScriptBody.Length);
        (await response.Content.ReadAsStringAsync()).Should().Be(CompressionSite.LargeScriptBody);
    }

    [Theory]
    [InlineData(CompressionSite.SmallScript)] // 999 bytes: under CloudFront's 1,000
    [InlineData(CompressionSite.LargeBinary)] // image/png: not a type CloudFront compresses
    public async Task SmallBodies_AndOtherTypes_AreNotCompressed(string file)
    {
        using var response = await SendAsync(HttpMethod.Get, "/" + file, "gzip, deflate, br");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        response.Content.Headers.ContentLength.Should().Be(new FileInfo(Path.Combine(CompressionSite.Directory, file)).Length);
    }

    [Fact]
    public async Task ExactlyAThousandBytes_IsCompressed()
    {
        using var response = await SendAsync(HttpMethod.Get, "/" + CompressionSite.ThousandBytes, "gzip");

        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        Decode(await response.Content.ReadAsByteArrayAsync(), "gzip").Length.Should().Be(1_000);
    }

    [Fact]
    public async Task IndexHtml_IsCompressed_WithItsSecurityHeaders()
    {
        using var response = await SendAsync(HttpMethod.Get, "/", "gzip, deflate, br");

        response.Content.Headers.ContentEncoding.Should().Equal("br");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
        Decode(await response.Content.ReadAsByteArrayAsync(), "br").Should().Contain(CompressionSite.IndexMarker);
    }

    [Fact]
    public async Task TheListing_IsCompressed_AsTheCatalogueBehaviourDoes()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/products?limit=24", "gzip, deflate, br");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("br");
        using var page = JsonDocument.Parse(Decode(await response.Content.ReadAsByteArrayAsync(), "br"));
        page.RootElement.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task AStrongETag_BecomesWeak_AndStillRevalidatesTo304()
    {
        using var plain = await SendAsync(HttpMethod.Get, "/" + CompressionSite.LargeScript, null);
        using var compressed = await SendAsync(HttpMethod.Get, "/" + CompressionSite.LargeScript, "gzip, br");
        var strong = plain.Headers.ETag!;
        strong.IsWeak.Should().BeFalse();
        compressed.Headers.ETag!.IsWeak.Should().BeTrue();
        compressed.Headers.ETag.Tag.Should().Be(strong.Tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/" + CompressionSite.LargeScript);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        again.Headers.TryAddWithoutValidation("If-None-Match", compressed.Headers.ETag.ToString());
        using var revalidated = await (await ClientAsync()).SendAsync(again);

        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        revalidated.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Head_HasNoBody_AndTheSameEncodingAsGet()
    {
        using var response = await SendAsync(HttpMethod.Head, "/" + CompressionSite.LargeScript, "gzip, br");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal("br");
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task CompressFalse_ServesTheOriginsBytes()
    {
        var stack = await fixture.OwnStackAsync("not-compressing", "--web-root", CompressionSite.Directory);
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = stack.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + CompressionSite.LargeScript);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        response.Content.Headers.ContentLength.Should().Be(CompressionSite.LargeScriptBody.Length);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/assets/index-1.js", true)]
    [InlineData("/api/products", true)]
    [InlineData("/api/products/abc", true)]
    [InlineData("/api/platforms", true)]
    [InlineData("/api/cart", false)]
    [InlineData("/api/orders", false)]
    [InlineData("/api/productsx", false)]
    [InlineData("/images/products/a.png", false)]
    public void OnlyThePathsCloudFrontCompresses(string path, bool compressed) =>
        CloudFrontCompression.CompressesPath(path).Should().Be(compressed);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await (await ClientAsync()).SendAsync(request);
    }

    private async Task<HttpClient> ClientAsync() => (await StackAsync()).Client;

    private static string Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>A built SPA in miniature, with files either side of CloudFront's compression thresholds.</summary>
internal static class CompressionSite
{
    public const string IndexMarker = "<div id=\"root\" data-compression-site=\"1\"></div>";
    public const string LargeScript = "assets/index-7d1e0c4a.js";
    public const string SmallScript = "assets/small-0a1b2c3d.js";
    public const string ThousandBytes = "assets/thousand-4e5f6a7b.js";
    public const string LargeBinary = "assets/cover-8c9d0e1f.png";

    public static string LargeScriptBody { get; } = string.Concat(Enumerable.Range(0, 400).Select(i => $"export const value{i} = 'game {i}';\n"));

    public static string Directory { get; } = Create();

    private static string Create()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("gitgoods-compress-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"),
            $"<!doctype html><html><head><script type=\"module\" src=\"/{LargeScript}\"></script></head><body>{IndexMarker}{new string(' ', 2_000)}</body></html>");
        File.WriteAllText(Path.Combine(root, LargeScript), LargeScriptBody);
        File.WriteAllText(Path.Combine(root, SmallScript), "//" + new string('x', 997));
        File.WriteAllText(Path.Combine(root, ThousandBytes), "//" + new string('x', 998));
        File.WriteAllBytes(Path.Combine(root, LargeBinary), new byte[20_000]);
        return root;
    }
}
